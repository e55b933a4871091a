// Host side of the JS-module example (web/embed/module.html): imports Kezek's
// JS API from the app's origin (`?app=`, default this origin) and uses the
// whole engine — the catalogue, a catalogue evaluation with its refusal
// preview, an order-254 evaluation, and a coded error. Results are also kept
// in `window.kezekModule` for the end-to-end test.
const params = new URLSearchParams(location.search);
const appOrigin = new URL(params.get("app") || location.origin).origin;
const kezek = await import(new URL("/pkg/kezek.js", appOrigin).href);
await kezek.default({ module_or_path: new URL("/pkg/kezek_bg.wasm", appOrigin) });

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

try {
  kezek.evaluateService({ ...meals, service: "99999999" });
} catch (e) {
  out.error = { name: e.name, code: e.code, field: e.field, message: e.message };
  show("error", out.error);
}
window.kezekModuleReady = true;
