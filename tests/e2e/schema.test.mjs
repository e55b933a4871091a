// The JSON Schemas of the wire format (schema/, written by `kezek schema`)
// ship with the site: the build copies them into dist/schema/ and pkg/schema/,
// and the server sends each as application/schema+json, readable from any
// origin — the very bytes committed in schema/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, serve } from "./harness.mjs";

let site;
before(async () => {
  site = await serve();
});
after(() => site?.server.close());

const committed = fs
  .readdirSync(path.join(ROOT, "schema"))
  .filter((f) => f.endsWith(".schema.json"))
  .sort();

test("every schema is served at /schema/ as application/schema+json, the committed bytes", async () => {
  assert.ok(committed.length >= 8, `schema/ holds ${committed}`);
  for (const file of committed) {
    const res = await fetch(`${site.url}/schema/${file}`, { headers: { Origin: "https://egov.example" } });
    assert.equal(res.status, 200, file);
    assert.equal(res.headers.get("content-type"), "application/schema+json; charset=utf-8", file);
    assert.equal(res.headers.get("access-control-allow-origin"), "*", file);
    const text = await res.text();
    assert.equal(text, fs.readFileSync(path.join(ROOT, "schema", file), "utf8"), `${file} as committed`);
    const schema = JSON.parse(text);
    assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema", file);
    assert.match(schema.title, /^Kezek: /, file);
    // And the JS API's copy beside the module.
    assert.equal(fs.readFileSync(path.join(ROOT, "pkg", "schema", file), "utf8"), text, `pkg/schema/${file}`);
  }
});

test("the JS API's package lists its schemas, as served at /pkg/", async () => {
  const pkg = await (await fetch(`${site.url}/pkg/package.json`)).json();
  assert.ok(pkg.files.includes("schema/"), JSON.stringify(pkg.files));
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(ROOT, "pkg", "package.json"), "utf8")), pkg);
});

test("the case schema is the order-254 case: its fields, the one channel spelling, the date forms", async () => {
  const res = await fetch(`${site.url}/schema/order254-case.schema.json`);
  const schema = await res.json();
  assert.equal(schema.type, "object");
  assert.equal(schema.additionalProperties, false, "a misspelt field is an error, as in the engine");
  assert.deepEqual([...schema.required].sort(), ["applicant", "as_of", "channel", "child", "service"]);
  const defs = schema.$defs;
  assert.deepEqual(defs.Service.enum ?? defs.Service.oneOf.map((o) => o.const), ["00403001", "00403002"]);
  const channels = defs.Channel.enum ?? defs.Channel.oneOf.map((o) => o.const);
  assert.deepEqual(channels, ["provider_office", "state_corporation", "egov_portal"]);
  assert.match("2026-11-23T10:00", new RegExp(defs.LocalDateTime.pattern));
  assert.doesNotMatch("23.11.2026 10:00", new RegExp(defs.LocalDateTime.pattern));
  assert.match("2023-05-10", new RegExp(defs.Date.pattern));
  assert.doesNotMatch("2300-05-10", new RegExp(defs.Date.pattern), "only the supported years");
});

test("the request schema reads `submitted` as `as_of`, exactly one of them", async () => {
  const schema = await (await fetch(`${site.url}/schema/order414-request.schema.json`)).json();
  assert.ok(schema.properties.as_of && schema.properties.submitted);
  assert.deepEqual(schema.oneOf, [{ required: ["as_of"] }, { required: ["submitted"] }]);
  assert.ok(schema.$defs.ServiceChannel.enum.includes("education_organisation"));
});

test("an unknown schema is a 404, not the app", async () => {
  const res = await fetch(`${site.url}/schema/nope.schema.json`);
  assert.equal(res.status, 404);
});
