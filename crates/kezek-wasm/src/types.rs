//! The TypeScript shapes of the JS API, written into `pkg/kezek.d.ts` next to
//! the functions that use them. They follow the `Serialize` output of
//! `kezek-rules` and `kezek-queue` (the same JSON as the CLI's); the wasm tests
//! check the fields named here on real answers.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** The engine's one error object: every function throws an `Error` carrying it. */
export interface KezekError extends Error {
  /** Stable namespaced code, e.g. `case.bad_phone`, `catalogue.unknown_service`, `input.too_large`. */
  code: string;
  /** The field at fault, a path in the input given: inside the document a function reads, its first
   *  argument (a case's `child.birth_date`, a snapshot's `queues[0].applications[3].submitted`, as the CLI
   *  names them in the file); inside another argument under its name (`calendar.years[0].holidays[1].date`,
   *  `application.submitted`, `options.birth_date`); or an argument's name; `""` when the error concerns no one field. */
  field: string;
  /** 1-based line of the input, when known: a snapshot's, a catalogue request's of the wrong shape, the JSON
   *  text's of a case, a request or a snapshot that does not parse. None for an input given as an object (its
   *  text is the module's, not the caller's), nor for a case of the wrong shape, a calendar, an `application` or
   *  `options` (the message of one given as text says the line). */
  line?: number;
}

/** A place in an act: order 254 clause, or an annex of order 414 with its row and item. Frozen and shared:
 *  every answer's citation of one place is the same object (copy it, `{...citation}`, to change it). */
export interface Citation {
  readonly act: string;
  readonly article?: number;
  readonly annex?: number;
  readonly clause?: number;
  readonly sub?: number;
  /** The number after the dash of a sub-clause numbered «2-1)» (order 414's Annex 2, row 8): `sub` 2, `sub_item` 1. */
  readonly sub_item?: number;
}

/** Working-day calendar data, format `kezek.calendar/1`. */
export interface Calendar { format: "kezek.calendar/1"; [field: string]: unknown }

/** A text in the three languages of the app. */
export interface Names { kk: string; ru: string; en: string }

/** A way of getting a service (row 2) or a form of provision (row 4) that the register of public services lists
 *  and the service's requirement list does not: the reading note's key and both citations. */
export interface RegisterOnly { note_key: string; register: Citation; standard: Citation }

/** One service of the order-414 catalogue, as `services()` lists it. */
export interface ServiceListing {
  code: string;
  annex: number;
  register_row: number;
  name: Names;
  provider: string;
  provider_kk: string;
  /** `provider_office`, `state_corporation`, `egov_portal`, `education_organisation`. */
  channels: string[];
  /** Ways the register of public services lists and the requirement list (row 2) does not: not offered, each with
   *  its reading note (`note-register-mobile-channel`) citing both (absent when none). */
  register_only_channels?: RegisterOnly[];
  /** Forms of provision the register lists and the requirement list's row 4 does not (free school meals: «проактивті»),
   *  with the reading note's key and both citations; absent when none. */
  register_only_forms?: RegisterOnly[];
  term: { variant: string | null; unit: "working_days" | "calendar_days" | "minutes"; n: number; citation: Citation }[];
  free: boolean;
  life_situation: string;
  for_parents: boolean;
  /** The facts the service asks, as a request's `facts` names them (yes/no answers by name,
   *  `child_birth_date`, `other_children_birth_dates`), in the order the app asks them: of the facts
   *  a request gives, `prepareService` keeps these. */
  questions: string[];
}

/** A request about a catalogue service (the JSON of `kezek evaluate` with a catalogue code). */
export interface ServiceRequest {
  /** Register code, e.g. `"00403008"` (school meals). */
  service: string;
  /** `provider_office`, `state_corporation`, `egov_portal`, `education_organisation` (`office` and `portal` are read as aliases). */
  channel: "provider_office" | "state_corporation" | "egov_portal" | "education_organisation" | "office" | "portal";
  /** Sub-type, where the service has them (`"accreditation"`, `"extension"`). */
  variant?: string | null;
  /** The evaluation (submission) instant, `YYYY-MM-DDTHH:MM[:SS]`, as the order-254 case's `as_of`. */
  as_of?: string;
  /** The name of `as_of` before issue 14, still read as its alias. */
  submitted?: string;
  /** The family's answers (`kezek services` questions, `q-<field>` messages): yes/no, dates
   *  (`child_birth_date`, `other_children_birth_dates`), the agency's findings (`agency_findings`,
   *  row numbers); `unanswered` lists the questions not answered yet (a question, not the default;
   *  `pending`'s names, `child_birth_date` too: the date read as not given). */
  facts?: Record<string, boolean | number | string | string[] | number[] | null>;
  /** The documents held (checklist ids, optional `valid_until`), for the receipt preview. */
  documents_held?: { id: string; valid_until?: string | null }[] | null;
  /** Who applies, as `prepareService`'s application names them (the evaluation does not read it):
   *  `full_name` at most 200 characters, `iin` 12 digits with its check digit. */
  applicant?: { full_name?: string | null; iin?: string | null } | null;
  /** The child, as `prepareService`'s application names it; its birth date is `facts.child_birth_date`,
   *  which the IIN must give (else `catalogue.iin_birth_date_mismatch` at `facts.child_birth_date`).
   *  Where `facts.child_birth_date` gives none (or `unanswered` lists it), a valid `iin` gives it: the
   *  evaluation reads the date the IIN encodes, as the app's service screen does («from the IIN»), and the
   *  application writes it as `child.birth_date` (never among the facts said) with `child.birth_date_from_iin: true`
   *  beside it; one after `as_of` is
   *  `catalogue.birth_in_future` at `child.iin`. */
  child?: { iin?: string | null } | null;
}

/** A category or a refusal ground that applies, with its citation (`refusal-<code>` is its text). */
export interface Risk {
  code: string;
  citation: Citation;
  /** A reading note beside the reason (`note-<…>`): `note-age-reading-ground`, the ground applies with ages on one of the days of submission and of acceptance only
   *  (`note-age-reading-majority` beside `child-of-full-age`: the child turns eighteen in between);
   *  or the reason rests on Kezek's reading for this family (`note-rules-407-title-scope`, `note-ward-status-shared`,
   *  `note-decree-64-title-state-schools`, `note-child-called-minor`). */
  note?: { key: string; citation: Citation; depends_on?: string[] };
  /** Possible only (in `refusal_risks` and `cautions`, never in `reasons`): the questions not answered yet that decide
   *  whether it applies — `child_birth_date`, where the child's age decides it and no birth date is given. Absent = it applies. */
  depends_on?: string[];
  /** The day the outcome turns on where the reason is the child's age (`child-under-ten`,
   *  `age-reached-after-submission`; Annex 20 row 5): the tenth birthday, the first day to apply on ("YYYY-MM-DD"). */
  apply_from?: string;
}

/** One line of a catalogue checklist. */
export interface ChecklistLine {
  id: string; name_key: string; supply: string; citation: Citation; count?: number; depends_on?: string[];
  note?: { key: string; citation: Citation; depends_on?: string[] };
}

/** A warning that `as_of` is before the wording of the rules Kezek applies could be in force (`before_effective`),
 *  or falls when its day of entry into force is not known (`effective_date_uncertain`): the wording takes effect only
 *  from a publication Kezek's sources do not date. `effective_from`: the earliest day it can be in force;
 *  `certainly_from`: the day Kezek reads it as certainly in force (a reading); `reason`: the text's key
 *  (`reason-` + the code with `.`/`_` as `-`), which takes `$effective` and `$certain` for a catalogue answer. */
export interface EditionWarning {
  code: "before_effective" | "effective_date_uncertain";
  reason: string;
  as_of: string;
  effective_from: string;
  certainly_from: string;
  citations: Citation[];
}

/** Everything one catalogue evaluation shows. */
export interface ServiceEvaluation {
  service: string;
  name_key: string;
  provider_key: string;
  result_key: string;
  channel: string;
  /** Order No. 414 cl. 4 (in force ten calendar days after its first official publication, at the earliest
   *  2022-10-14), and for list item 3 (order 158's rules, Annexes 4–20) order No. 188 of 30.06.2023, which amended it
   *  (at the earliest 2023-07-11): `as_of` before that is `before_effective` (reason
   *  `edition.order414_before_effective`, `edition.order188_before_effective`), until 2023-01-01 / 2023-10-01
   *  `effective_date_uncertain` (`…_effective_date_uncertain`). Absent when the wording is certainly in force. */
  edition_warning?: EditionWarning;
  /** `pending`: the questions the verdict waits for (absent when none): `facts.unanswered` ones, and `child_birth_date`
   *  where the child's age decides a category, the scope rule `child-of-full-age` (Annex 5: `child-of-full-age-minors-property`)
   *  or a refusal ground and no birth date is given.
   *  `pending_keys`: the text of each, in the same order — `q-<field>`, and for `child_birth_date` the line that says the age
   *  the order names at the service (`pending-child-birth-date-minor`, `-minor-reading`, `-aged-10-minor-reading`;
   *  `pending-child-birth-date` elsewhere). */
  eligibility: { eligible: boolean; grounds: Risk[]; reasons: Risk[]; cautions?: Risk[]; pending?: string[]; pending_keys?: string[] };
  /** `depends_on`: the unanswered questions that decide whether the document is needed;
   *  `note`: a reading note beside the line (`note-<…>`): the provider may take the set without it,
   *  or (`note-age-reading-document`) it is needed with ages on one of the days of submission and of acceptance only. */
  checklist: ChecklistLine[];
  due: { accepted: string; due: string; term: { unit: "working_days" | "calendar_days" | "minutes"; n: number }; citations: Citation[];
    /** The last day a preliminary refusal notice can come (3 working days before the due date). */
    preliminary_refusal_by: string | null;
    /** A reading note on the day of acceptance (`note-state-corporation-saturday`): documents handed to the State Corporation
     *  on a Saturday are taken as accepted that day; accepted on the next working day, the result would be due a working day later;
     *  or `note-portal-before-opening`: a portal application sent on a working day before 09:00 is taken as accepted at 09:00 that day
     *  (`note-portal-before-opening-first-day`: the same, saying the next-day count too);
     *  or `note-state-corporation-moved-day-off`: the State Corporation is taken as closed on a day off moved from a holiday or set
     *  by an act of the competent body (`note-state-corporation-moved-day-off-saturday`: the day before a Saturday, accepted then);
     *  or on the term: `note-term-first-day-reading`, the days «from the moment of submission» are counted from the day
     *  after acceptance (`note-term-first-day-unstated` where the annex does not say from which day the term runs);
     *  `note-minutes-paused-at-closing`, a term in minutes is paused at the close. */
    note?: { key: string; citation: Citation; depends_on?: string[] };
    /** The due instant under the other reading the note marks, where it is earlier than `due` (absent = none). */
    earlier_due?: string;
    /** The last day of the preliminary refusal notice under that reading, where it is earlier (absent = none). */
    earlier_preliminary_refusal_by?: string;
    /** The steps of the provider's procedure the service's rules state with a term of their own, said beside the due date
     *  (`step-<…>`, the rules' words): 00402013's rules cl. 6, `step-child-opinion-conversation` — the decision within
     *  4 working days after the conversation with the child; `term` is counted from the step, not from submission, and moves
     *  no date above; `note`, Kezek's reading of what the clause leaves unsaid (`note-child-opinion-conversation`).
     *  Absent = none. */
    steps?: { key: string; term: { unit: "working_days" | "calendar_days" | "minutes"; n: number }; citation: Citation;
      note?: string }[] };
  free: boolean;
  /** Inputs the answer depends on that were not given (e.g. `child_birth_date`). */
  unknown_inputs: string[];
  /** What happens at the counter with `documents_held`: refusal to accept an incomplete or expired set.
   *  `state_corporation_refuses_expired_reading`: at the State Corporation only an expired document is the gap, and
   *  its refusal is Kezek's reading (the receipt form names only an incomplete set); `no_longer_valid`: only an
   *  expired document, on a channel whose consequence the order does not state;
   *  `provider_refuses_extension_reading`: 00404005's extension, where rules 513 cl. 9's refusal to accept the
   *  application (it stands among the accreditation's clauses) is Kezek's reading. */
  receipt: { outcome: "accepted" | "state_corporation_refuses_to_accept" | "state_corporation_refuses_expired_reading"
      | "provider_refuses_to_accept" | "provider_refuses_extension_reading" | "provider_refuses_further_consideration"
      | "incomplete" | "no_longer_valid" | "uncertain";
    missing: ChecklistLine[];
    expired: ChecklistLine[];
    /** Not held, but not certainly needed: neither missing nor held (`why`: its need waits for
     *  unanswered questions, `depends_on_answers`, or the provider may waive it, `provider_decides`). */
    uncertain: { line: ChecklistLine; why: "depends_on_answers" | "provider_decides" }[];
    citations: Citation[] } | null;
  /** The refusal preview: the row-9 grounds the facts trigger. */
  refusal_risks: Risk[];
}

/** A prepared catalogue application (`kezek.catalogue-application/1`) and its SHA-256: the facts the request
 *  gives that the service asks, and `applicant` / `child` when it names them (absent otherwise). */
export interface PreparedService {
  application: Record<string, unknown> & {
    format: "kezek.catalogue-application/1";
    facts: Record<string, boolean | string | string[] | number[] | null>;
    applicant?: { full_name?: string; iin?: string };
    /** `birth_date`: the one given, or the one `iin` encodes — then with `birth_date_from_iin: true` (absent otherwise). */
    child?: { iin?: string; birth_date?: string; birth_date_from_iin?: true };
  };
  sha256: string;
  /** The evaluation's `edition_warning`, beside the application (absent when there is none). */
  edition_warning?: EditionWarning;
}

/** A section of an order-254 evaluation that `evaluate` can compute alone. */
export type EvaluationSection =
  | "iin" | "category" | "queues" | "age" | "limits" | "checklist" | "schedule"
  | "refusal" | "application" | "information" | "citations" | "reasons";

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /** Only these sections (with the header `schema_version`, `edition`, `edition_warning` (when there is one),
   *  `calendar`, `service`, `channel`, `as_of`), each computed with only what it depends on:
   *  faster when a page shows a few. `citations` and `reasons` need the whole evaluation.
   *  Absent: the full evaluation. An unknown name throws `input.bad_sections`; an option
   *  other than `sections` throws `input.unknown_option`. */
  sections?: EvaluationSection[];
}

/** The evaluation of an order-254 case (`kezek evaluate` on a case). With
 *  `options.sections`, only the header and the sections named are present. */
export interface CaseEvaluation {
  schema_version: number;
  category: { category: "general" | "first_priority" | "out_of_turn"; [field: string]: unknown };
  checklist: Checklist;
  refusal: CaseRefusal;
  /** The prepared application: the document (`kezek.application/1`, the hand-off payload), its
   *  canonical JSON and that text's SHA-256, whether it is ready to sign, and what is still missing. */
  application: {
    application: Record<string, unknown> & { schema: "kezek.application/1" };
    canonical: string;
    sha256: string;
    ready: boolean;
    missing_fields: string[];
    reasons: string[];
    citations: Citation[];
  };
  citations: Citation[];
  [section: string]: unknown;
}

/** The refusal assessment of an order-254 evaluation (an evaluation's `refusal`, Annex 2/4 p. 9): `risks` the grounds
 *  that would apply (empty: none), `preview` the refusal document they would bring (absent when none does),
 *  `reasons` their codes (`refusal.none` when there is none), `citations`. */
export interface CaseRefusal {
  risks: CaseRefusalRisk[];
  preview?: {
    form: "annex3_receipt" | "reasoned_reply";
    service: "00403001" | "00403002";
    /** The documents missing or out of date it names, by their `document` id. */
    documents: string[];
    citation: Citation;
    /** Every risk it previews is Kezek's reading: the refusal the office may give under that reading, not a certain one. */
    reading: boolean;
  };
  reasons: string[];
  citations: Citation[];
}

/** One refusal ground of an order-254 evaluation. It rests on the order's flat words ("would be refused": `reading`
 *  and `awaits_fact` both false), on Kezek's reading of a text that does not settle it (`reading`: "may be refused"),
 *  or on a fact the parent has not given yet (`awaits_fact`: a held document's day of issue,
 *  `refusal.awaits_issue_date`) — never both. Only a flat ground is a refusal to foretell. */
export interface CaseRefusalRisk {
  /** The ground's code (`refusal.<…>`; `reason-refusal-<…>` its text). */
  reason: string;
  /** The documents concerned, by their `document` id (absent when none). */
  documents?: string[];
  /** What the parent can do about it: reason codes. */
  detail: string[];
  citations: Citation[];
  /** Kezek's reading of a text that does not settle it, not a ground the order states flatly. */
  reading: boolean;
  /** Waits on a fact not given yet: not judged, never foretold, no refusal document previewed for it. */
  awaits_fact: boolean;
  /** What mends it: a document, an answer, or a fact the application cannot change (ask the provider). */
  remedy: "fix_documents" | "fix_answers" | "fact";
}

/** The document checklist of an order-254 evaluation (`checklist()`, an evaluation's `checklist`):
 *  `items` each document (`item`, its number in the annex's list, `0` for a document outside it (a cl. 22 recheck document, cl. 34 sub. 1's health passport); `document`, its id; `status`, `reasons`,
 *  `citations`, …); `missing`, `expired`, `unconfirmed` the documents by their `document` id, in the order of `items`. */
export interface Checklist {
  service: "00403001" | "00403002";
  channel: "provider_office" | "state_corporation" | "egov_portal";
  /** The day the documents are judged on, `YYYY-MM-DD`. */
  use_on: string;
  items: Record<string, unknown>[];
  automatic: Record<string, unknown>[];
  complete: boolean;
  missing: string[];
  expired: string[];
  unconfirmed: string[];
  /** Documents held whose day of issue is not given (status `awaits_issue_date`): not judged yet, no refusal ground. */
  awaiting_issue_date: string[];
  citations: Citation[];
}

/** A queue snapshot, format `kezek.snapshot/1` (its schema: `schema/queue-snapshot.schema.json`). */
export interface Snapshot { schema: "kezek.snapshot/1"; settlement: string; as_of: string; queues: unknown[]; [field: string]: unknown }

/** The application `position` and `forecast` ask about: an existing one by `id`, or a hypothetical
 *  one by its `group` and `submitted` instant. An existing one stands with its own group and submission:
 *  a `group` or a `submitted` beside `id` is refused (`query.invalid` at `application.group` /
 *  `application.submitted`), not ignored; `null` is "not given". */
export interface QueueApplication {
  /** The child's birth year (the queues are kept by year of birth, cl. 13). */
  birth_year: number;
  /** `general` (the default), `special:<disorder>` or `sanatorium:<type>`. */
  queue?: string;
  /** `out_of_turn`, `first` or `general` (the default); an evaluation's `category.category` is read as its
   *  group (`first_priority` is `first`). */
  group?: "out_of_turn" | "first" | "general" | "first_priority";
  /** When a hypothetical application is submitted, `YYYY-MM-DDTHH:MM[:SS]`. */
  submitted?: string | null;
  /** An existing application's id in the snapshot (instead of `group` and `submitted`, which are refused beside it). */
  id?: string | null;
  /** The child's birth date, `YYYY-MM-DD`: with `id`, an application the snapshot publishes with another
   *  birth date is another child's, refused (`query.birth_date_mismatch` at `application.birth_date`). */
  birth_date?: string | null;
}

/** The answer of `position`: the place among the waiting applications (cl. 21), who is ahead by
 *  group, and the places the same application would have as a general and as a first-priority one. */
export interface Position {
  position: number;
  waiting: number;
  ahead: { out_of_turn: number; first: number; general: number };
  group: "out_of_turn" | "first" | "general";
  submitted: string;
  as_general: number;
  /** The place as a first-priority application: where an out-of-turn application whose ground is
   *  not confirmed stands at best when a first-priority ground is (Kezek's reading). */
  as_first: number;
  /** `as_general - position`; negative where the 1:3 rule puts a late first-priority application behind. */
  places_gained: number;
  /** Whether it is an application of the snapshot. */
  existing: boolean;
  /** The clauses applied (cl. 14, 20, 21), as every answer cites: `{act: "order254", clause: 21}`. */
  citations: Citation[];
}

/** Options of `forecast`; every one has a default. */
export interface ForecastOptions {
  /** Simulated paths, 1 to 200,000 (default 10,000). */
  paths?: number;
  /** Seed (default 1): the same seed gives the same forecast. A whole number from 0 to
   *  `Number.MAX_SAFE_INTEGER` (2^53 - 1): a larger one cannot be passed exactly (JS rounds it) and is
   *  refused with `forecast.bad_seed` at `options.seed`. */
  seed?: number;
  /** Horizon in years from the snapshot, 1 to 6 (default 3). */
  horizon_years?: number;
  /** The preschools the family would take: any (the default), or only these ids of the bulletins. */
  preference?: { kind: "any" } | { kind: "only"; preschools: string[] };
  /** "A place before this date?", `YYYY-MM-DD` (default: the next 1 September). */
  by_date?: string | null;
  /** The child's birth date, `YYYY-MM-DD`: gives the day the application ages out. */
  birth_date?: string | null;
  /** A SEN child with a PMPC conclusion: the application never ages out (cl. 18, 24 p. 9). */
  sen_pmpc?: boolean;
  /** The model's assumptions (shares from 0 to 1), and whether the snapshot's own history replaces them. */
  acceptance?: number;
  not_interested_per_year?: number;
  stop_list_per_year?: number;
  leftover_interest?: number;
  estimate_from_snapshot?: boolean;
}

/** The answer of `forecast`: the referral date's P10/P50/P90 (`null`: beyond the horizon), the
 *  histogram of the referral month, and the chances before `by_date` and before the child ages out. */
export interface Forecast {
  position: Position;
  paths: number;
  seed: number;
  start: string;
  horizon_end: string;
  p10: string | null;
  p50: string | null;
  p90: string | null;
  /** The paths with a referral in each month, the month written as its first day (`2026-12-01`), in date order. */
  histogram: { month: string; count: number }[];
  /** Paths with no referral before the horizon. */
  never: number;
  /** Paths whose referral is a place left over after the 3 days of priority access (cl. 24 p. 10). */
  leftover: number;
  by_date: string;
  prob_by_date: number;
  /** With `options.birth_date` (and not `sen_pmpc`): the day the application would be archived for age. */
  age_out?: string;
  prob_before_age_out?: number;
  /** The parameters estimated from the snapshot. */
  parameters: Record<string, unknown>;
  /** How often the range held in the backtest on simulated cities. */
  reliability: Record<string, unknown>;
  /** The model's assumptions, in words. */
  assumptions: string[];
  /** The clauses the model follows, as every answer cites: `{act: "order254", clause: 24}`. */
  citations: Citation[];
}

/** The answer of `validateIin`, as `kezek iin --json` prints it: the 12 digits with what they encode,
 *  or why the number is not an IIN (`iin.not_12_digits`, `iin.bad_century`, `iin.bad_date`, `iin.bad_checksum`). */
export type IinAnswer =
  | { valid: true; iin: string; birth_date: string; sex: "male" | "female" }
  | { valid: false; code: string; message: string };
"#;
