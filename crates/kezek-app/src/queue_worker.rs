//! The queue step's Web Worker, from the app's side. `web/queue-worker.js`
//! runs the queue's own wasm module (`crates/kezek-queue-worker`): it reads the
//! snapshot (a picked file of hundreds of thousands of applications is parsed
//! there, not on the page's thread), gives the position and runs the forecast.
//! The worker and its module are fetched only when the parent reaches step 7,
//! or earlier when an embedding page configures a snapshot (inline, or the
//! text bridge.js fetched from its `snapshotUrl`), which is checked when it
//! arrives ([`QueueWorker::check`]).
//!
//! One worker per page ([`QueueWorker::shared`]); each request is a message
//! with an id, answered by a Promise this module awaits. A worker whose module
//! trapped closes itself; the next request starts a fresh one.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use chrono::NaiveDateTime;
use kezek_queue::{Forecast, ForecastOptions, Position, Query, QueueError};
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The worker script, beside `index.html`.
pub const SCRIPT: &str = "queue-worker.js";

/// Where a snapshot comes from.
pub enum Input {
    /// A file the parent picked (read in the worker).
    File(web_sys::File),
    /// A same-origin URL (the sample city, the embedding page's `snapshotUrl`).
    Url(String),
    /// Text already at hand (the embedding page's `snapshot` object, as JSON).
    Text(String),
}

/// Why a request failed: the engine's error code (`snapshot.invalid_json`,
/// `query.unknown_queue`, …), `fetch`, or `engine.crashed`.
pub type Code = String;

/// The name an embedding page's snapshot is read under (JSON, never CSV).
pub const EMBED_NAME: &str = "snapshot.json";

/// The `snapshot` object of an embedding page's configuration (bridge.js
/// checked it is a plain object), as the JSON text the worker reads.
pub fn embed_snapshot_text(config: &JsValue) -> Option<String> {
    embed_snapshot_js(config)?.as_string()
}

/// [`embed_snapshot_text`] as a JS string, not copied into the app's memory
/// (it goes on to the worker as it is).
pub fn embed_snapshot_js(config: &JsValue) -> Option<JsValue> {
    let s = js_sys::Reflect::get(config, &"snapshot".into()).ok()?;
    if !s.is_object() {
        return None;
    }
    Some(
        js_sys::JSON::stringify(&s)
            .map(JsValue::from)
            .unwrap_or_else(|_| JsValue::from_str("")),
    )
}

struct Inner {
    worker: web_sys::Worker,
    pending: Rc<RefCell<Pending>>,
    _onmessage: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _onerror: Closure<dyn FnMut(web_sys::Event)>,
}

#[derive(Default)]
struct Pending {
    replies: HashMap<u32, js_sys::Function>,
    progress: HashMap<u32, Rc<dyn Fn(u32)>>,
}

/// The page's queue worker.
pub struct QueueWorker {
    inner: RefCell<Option<Rc<Inner>>>,
    next_id: Cell<u32>,
    /// The queue step asked for the warm-up ([`QueueWorker::prepare`]); a
    /// worker started after a crash is asked again.
    warm: Cell<bool>,
}

thread_local! {
    static SHARED: Rc<QueueWorker> = Rc::new(QueueWorker { inner: RefCell::new(None), next_id: Cell::new(1), warm: Cell::new(false) });
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Sets `key` of the JS object `o` (a message, a detail).
pub(crate) fn set(o: &JsValue, key: &str, v: &JsValue) {
    let _ = js_sys::Reflect::set(o, &key.into(), v);
}

/// A request about a snapshot file (`load` or `check`): its `type`, `name`
/// and `now`, the time a CSV list is dated.
fn snapshot_request(kind: &str, name: &str, now: NaiveDateTime) -> js_sys::Object {
    let msg = js_sys::Object::new();
    set(&msg, "type", &kind.into());
    set(&msg, "name", &name.into());
    set(
        &msg,
        "now",
        &kezek_queue::local_datetime::format(&now).into(),
    );
    msg
}

/// The error of a snapshot's date the worker gave that is not a date.
fn not_a_date() -> QueueError {
    QueueError::new(
        "worker.bad_message",
        "",
        "the worker's answer is not a date",
    )
}

/// The error object of an error reply (the engine's error object as JSON
/// text); `engine.crashed` when there is none (the worker stopped).
/// Read as a `serde_json::Value`, as the rest of the app's JSON is, not by a
/// derived reader of its own (which would grow the app's wasm).
fn error_of(error: &JsValue) -> QueueError {
    let v = error
        .as_string()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok());
    let text = |k: &str| {
        v.as_ref()
            .and_then(|v| v.get(k))
            .and_then(|c| c.as_str())
            .map(str::to_owned)
    };
    match text("code") {
        Some(code) => QueueError {
            code,
            field: text("field").unwrap_or_default(),
            line: v
                .as_ref()
                .and_then(|v| v.get("line"))
                .and_then(|l| l.as_u64())
                .map(|l| l as usize),
            message: text("message").unwrap_or_default(),
        },
        None => QueueError::new("engine.crashed", "", "the queue worker stopped"),
    }
}

impl QueueWorker {
    /// The page's worker (started on the first request).
    pub fn shared() -> Rc<QueueWorker> {
        SHARED.with(Rc::clone)
    }

    /// Starts the worker ahead of the first request (the parent reached
    /// step 7): its module is fetched and compiled, and its forecast code
    /// warmed (`web/queue-worker.js`), while the parent reads the step.
    pub fn prepare(&self) {
        if !self.warm.replace(true) {
            if let Some(i) = self.inner.borrow().as_ref() {
                warm(&i.worker);
            }
        }
        let _ = self.start();
    }

    fn start(&self) -> Option<Rc<Inner>> {
        if let Some(i) = self.inner.borrow().as_ref() {
            return Some(i.clone());
        }
        let opts = web_sys::WorkerOptions::new();
        opts.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options(SCRIPT, &opts).ok()?;
        let pending = Rc::new(RefCell::new(Pending::default()));
        let onmessage = {
            let pending = pending.clone();
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let data = ev.data();
                let Some(id) = get(&data, "id").as_f64().map(|f| f as u32) else {
                    return;
                };
                if let Some(done) = get(&data, "progress").as_f64() {
                    let f = pending.borrow().progress.get(&id).cloned();
                    if let Some(f) = f {
                        f(done as u32);
                    }
                    return;
                }
                let resolve = {
                    let mut p = pending.borrow_mut();
                    p.progress.remove(&id);
                    p.replies.remove(&id)
                };
                if let Some(r) = resolve {
                    let _ = r.call1(&JsValue::NULL, &data);
                }
                if get(&data, "crashed").is_truthy() {
                    stop_soon();
                }
            })
        };
        // The script or its module could not start (offline before they were
        // cached, an error at load): every waiting request hears `engine.crashed`.
        let onerror = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ev.prevent_default();
            stop_soon();
        });
        worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
        let inner = Rc::new(Inner {
            worker,
            pending,
            _onmessage: onmessage,
            _onerror: onerror,
        });
        if self.warm.get() {
            warm(&inner.worker);
        }
        *self.inner.borrow_mut() = Some(inner.clone());
        Some(inner)
    }

    /// Ends the worker; requests still waiting are answered `engine.crashed`.
    fn stop(&self) {
        if let Some(i) = self.inner.borrow_mut().take() {
            i.worker.terminate();
            let waiting: Vec<_> = i.pending.borrow_mut().replies.drain().collect();
            for (_, r) in waiting {
                let _ = r.call1(&JsValue::NULL, &JsValue::UNDEFINED);
            }
        }
    }

    /// Sends `msg` (its `id` is set here) and waits for the reply's `ok` text.
    async fn request(
        &self,
        msg: js_sys::Object,
        progress: Option<Rc<dyn Fn(u32)>>,
    ) -> Result<JsValue, Code> {
        self.request_object(msg, progress).await.map_err(|e| e.code)
    }

    /// [`QueueWorker::request`] failing with the whole error object.
    async fn request_object(
        &self,
        msg: js_sys::Object,
        progress: Option<Rc<dyn Fn(u32)>>,
    ) -> Result<JsValue, QueueError> {
        let inner = self.start().ok_or_else(|| error_of(&JsValue::UNDEFINED))?;
        let id = self.next_id.get();
        self.next_id.set(id.wrapping_add(1));
        set(&msg, "id", &JsValue::from_f64(id as f64));
        let promise = js_sys::Promise::new(&mut |resolve, _reject| {
            let mut p = inner.pending.borrow_mut();
            p.replies.insert(id, resolve);
            if let Some(f) = progress.clone() {
                p.progress.insert(id, f);
            }
        });
        if inner.worker.post_message(&msg).is_err() {
            let mut p = inner.pending.borrow_mut();
            p.replies.remove(&id);
            p.progress.remove(&id);
            return Err(QueueError::new(
                "worker.bad_message",
                "",
                "the request could not be sent to the worker",
            ));
        }
        let reply = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .unwrap_or(JsValue::UNDEFINED);
        let error = get(&reply, "error");
        if !reply.is_object() || !error.is_undefined() {
            return Err(error_of(&error));
        }
        Ok(get(&reply, "ok"))
    }

    async fn request_json<T: DeserializeOwned>(
        &self,
        msg: js_sys::Object,
        progress: Option<Rc<dyn Fn(u32)>>,
    ) -> Result<T, Code> {
        let text = self.request(msg, progress).await?.as_string();
        text.and_then(|t| serde_json::from_str(&t).ok())
            .ok_or_else(|| Code::from("worker.bad_message"))
    }

    /// Reads a snapshot in the worker (it replaces the previous one there, which
    /// stays if this one cannot be read); gives the snapshot's date, or the
    /// engine's error object (its code, and the line of a queue table where
    /// the engine gave one). `name` tells a CSV list from JSON; a CSV list is
    /// dated `now`.
    pub async fn load(
        &self,
        name: &str,
        input: Input,
        now: NaiveDateTime,
    ) -> Result<NaiveDateTime, QueueError> {
        let msg = snapshot_request("load", name, now);
        match input {
            Input::File(f) => set(&msg, "file", &f),
            Input::Url(u) => set(&msg, "url", &u.into()),
            Input::Text(t) => set(&msg, "text", &t.into()),
        }
        let as_of = self
            .request_object(msg, None)
            .await?
            .as_string()
            .unwrap_or_default();
        kezek_queue::local_datetime::parse(&as_of).ok_or_else(not_a_date)
    }

    /// Reads a snapshot as [`QueueWorker::load`] does (the same engine
    /// code, `kezek_queue_worker::Engine::check`) and keeps it nowhere: the
    /// snapshot the worker holds stays. Gives the snapshot's date, or the
    /// engine's error object that `load` would give. `text` is a JS string
    /// (an embedding page's snapshot can be large: it is not copied into the
    /// app's memory on its way to the worker).
    pub async fn check(
        &self,
        name: &str,
        text: JsValue,
        now: NaiveDateTime,
    ) -> Result<NaiveDateTime, QueueError> {
        let msg = snapshot_request("check", name, now);
        set(&msg, "text", &text);
        let as_of = self
            .request_object(msg, None)
            .await?
            .as_string()
            .unwrap_or_default();
        kezek_queue::local_datetime::parse(&as_of).ok_or_else(not_a_date)
    }

    /// The position of `q` in the snapshot last read.
    pub async fn position(&self, q: &Query) -> Result<Position, Code> {
        let msg = js_sys::Object::new();
        set(&msg, "type", &"position".into());
        set(&msg, "query", &json(q).into());
        self.request_json(msg, None).await
    }

    /// The forecast for `q`; `progress` hears the paths done so far. A newer
    /// forecast or snapshot stops this one (`worker.superseded`).
    pub async fn forecast(
        &self,
        q: &Query,
        options: &ForecastOptions,
        progress: Rc<dyn Fn(u32)>,
    ) -> Result<Forecast, Code> {
        let msg = js_sys::Object::new();
        set(&msg, "type", &"forecast".into());
        set(&msg, "query", &json(q).into());
        set(&msg, "options", &json(options).into());
        self.request_json(msg, Some(progress)).await
    }
}

/// Ends the shared worker after the running handler returns (its closure
/// belongs to the worker being dropped).
fn stop_soon() {
    wasm_bindgen_futures::spawn_local(async {
        SHARED.with(|s| s.stop());
    });
}

/// Asks a worker for its warm-up (`web/queue-worker.js`).
fn warm(worker: &web_sys::Worker) {
    let msg = js_sys::Object::new();
    set(&msg, "type", &"warm".into());
    let _ = worker.post_message(&msg);
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_default()
}
