// Host side of the JS-module example (web/embed/module.html): imports Kezek's
// JS API from the app's origin (`?app=`, default this origin) and uses the
// whole engine — the catalogue, a catalogue evaluation with its refusal
// preview, the application to hand off (with who applies for which child),
// an order-254 evaluation and the queue position of its category, and a coded
// error. Results are also kept in `window.kezekModule` for the end-to-end test.
const params = new URLSearchParams(location.search);
const appOrigin = new URL(params.get("app") || location.origin).origin;
const kezek = await import(new URL("/pkg/kezek.js", appOrigin).href);
await kezek.default({ module_or_path: new URL("/pkg/kezek_bg.wasm", appOrigin) });

/** What `f` returns, or `{error}`: the engine's error object it threw. */
const attempt = (f) => {
  try {
    return f();
  } catch (e) {
    return { error: { name: e.name, code: e.code, field: e.field, message: e.message } };
  }
};
const show = (id, value) => (document.getElementById(id).textContent = JSON.stringify(value, null, 2));
const out = (window.kezekModule = { edition: kezek.edition() });

out.services = kezek.services();
for (const s of out.services) {
  const li = document.createElement("li");
  li.textContent = `${s.code} — ${s.name.en} (${s.name.kk})`;
  document.getElementById("services").append(li);
}

const meals = {
  service: "00403008",
  channel: "egov_portal",
  as_of: "2026-12-15T10:00",
  facts: { family_receives_targeted_social_assistance: true, child_born_abroad: true },
};
function evaluateMeals() {
  const request = { ...meals, facts: { ...meals.facts, documents_unreliable: document.getElementById("unreliable").checked } };
  const evaluation = kezek.evaluateService(request);
  out.meals = evaluation;
  out.mealsPrepared = kezek.prepareService(request);
  show("meals", {
    eligible: evaluation.eligibility.eligible,
    checklist: evaluation.checklist.map((l) => l.id),
    refusal_risks: evaluation.refusal_risks,
    due: evaluation.due.due,
    sha256: out.mealsPrepared.sha256,
  });
}
document.getElementById("unreliable").addEventListener("change", evaluateMeals);
evaluateMeals();

// The application to sign holds the facts the request gives that the service
// asks, and who applies for which child when the request names them. No birth
// date is given here: `child.birth_date` is the one the child's IIN encodes,
// marked `birth_date_from_iin: true` (absent where the date was given).
out.mealsNamed = attempt(() =>
  kezek.prepareService({
    ...meals,
    applicant: { full_name: "Ахметова Айгүл", iin: "900315410004" },
    child: { iin: "150203600012" },
  }),
);
show("prepared", out.mealsNamed.application ?? out.mealsNamed);
// A request that gives no facts: an application that declares none.
out.certificateBare = attempt(() => kezek.prepareService({ service: "00402002", channel: "egov_portal", as_of: "2026-12-15T10:00", facts: {} }));

out.queue = kezek.evaluate({
  service: "00403001",
  channel: "egov_portal",
  as_of: "2026-11-23T10:00",
  applicant: { role: "parent", iin: "900315410004", phones: ["+77011234567"] },
  child: { iin: "230510512343", birth_date: "2023-05-10", settlement: "Астана" },
  family: { teacher: true },
  consent: true,
});
show("queue", { category: out.queue.category.category, missing: out.queue.checklist.missing, sha256: out.queue.application.sha256 });

// The category the case gives is the group `position` reads (`first_priority`
// is the group `first`): the place in a (small, made-up) queue of Astana.
const snapshot = {
  schema: "kezek.snapshot/1",
  settlement: "Астана",
  as_of: "2026-11-24T09:00",
  queues: [{ birth_year: 2023, queue: "general", applications: [
    { id: "A1", submitted: "2024-01-10T10:00", group: "general", status: "waiting" },
    { id: "A2", submitted: "2025-03-10T10:00", group: "first", status: "waiting" },
  ] }],
};
out.place = attempt(() => kezek.position(snapshot, { birth_year: 2023, group: out.queue.category.category, submitted: "2026-11-23T10:00" }));
show("place", out.place.error ?? { position: out.place.position, group: out.place.group, ahead: out.place.ahead });

try {
  kezek.evaluateService({ ...meals, service: "99999999" });
} catch (e) {
  out.error = { name: e.name, code: e.code, field: e.field, message: e.message };
  show("error", out.error);
}
out.badIin = attempt(() => kezek.prepareService({ ...meals, applicant: { iin: "900315410005" } })).error;
window.kezekModuleReady = true;
