// Host side of the custom-element example: loads kezek-checker.js from the
// app's origin (`?app=`, default this origin) and logs the element's events.
const params = new URLSearchParams(location.search);
const appOrigin = new URL(params.get("app") || location.origin).origin;
const events = document.getElementById("events");
window.kezekEvents = [];
for (const type of ["ready", "configured", "application-prepared", "error"]) {
  document.addEventListener(`kezek-${type}`, (event) => {
    window.kezekEvents.push({ type, payload: event.detail });
    const li = document.createElement("li");
    li.textContent = `${type}: ${JSON.stringify(event.detail).slice(0, 200)}`;
    events.append(li);
  });
}
await import(new URL("/embed/kezek-checker.js", appOrigin).href);
