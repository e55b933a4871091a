# Kezek — the app's own words (kezek-app), English. Legal texts come from kezek-rules/messages.

ui-tagline = Get your child into the kindergarten queue right the first time.
ui-language = Language
ui-progress = Progress
ui-progress-count = Step { $n } of { $total }
ui-step-n = Step { $n }:
ui-step-navigation = Step navigation
ui-step-service = Which service do you need?
ui-step-child = About your child
ui-step-applicant = About you
ui-step-family = Your family's situation
ui-step-result = Category and queues
ui-step-documents = Documents
ui-step-queue = Place in the queue and forecast
ui-step-handoff = Check and hand off
ui-back = Back
ui-next = Next
ui-back-to-summary = Back to the summary
ui-why = Why?
ui-why-source = Where the law says it:
ui-show-original = Show the clause in the original (Kazakh)
ui-change = Change
ui-print = Print this list
ui-privacy = Everything you enter stays on this device. Nothing is sent until you hand the application off yourself.
ui-edition = Rules: order No. 254 of 19.06.2020 as amended by order No. 464 of 18.11.2022. Family-and-children services: order No. 414 of 03.10.2022.
ui-edition-note = This outcome follows order No. 254 as amended by order No. 464 of 18.11.2022, the last amendment Kezek knows. Later amendments are not included: check the current text on adilet.zan.kz or with the education department.
ui-erase = Erase my data
ui-erase-confirm = Erase all your answers from this device?
ui-draft-partial = Some of your saved answers could not be read and were left out. Please check them again: { $steps }. A copy of what was stored stays on this device until you erase your data.
ui-draft-partial-other = Some of your saved answers about other family services could not be read and were left out. A copy of what was stored stays on this device until you erase your data.
ui-draft-unreadable = Your saved answers could not be read, so the form starts empty. A copy of what was stored stays on this device until you erase your data.
ui-draft-newer = Your answers were saved by a newer version of Kezek. This page shows what it can read and leaves the saved answers as they are, so what you change now will not be saved. Reload the page to open the newer version.
ui-draft-not-saved = This browser does not let Kezek save your answers: its storage is full or blocked. You can go on, but if you reload or close the page, your answers will be lost.
ui-as-of-banner = Dates are computed as of { $date }, as set in the page address, not as of today.
ui-needs-earlier = Some answers on an earlier step are still needed:
ui-error-required = Please answer this question.
ui-error-date = Enter a date as day, month and year.
ui-error-summary-title = There is a problem
ui-error-summary-on-step = Step { $n }, “{ $step }”: { $message }
ui-error-service-required = Choose the service you need.
ui-error-channel-required = Choose how you will apply.
ui-error-child-iin-or-birth-date = Enter the child's IIN or, if the child has no IIN yet, the date of birth.
ui-error-settlement-required = Enter the settlement whose queue you need.
ui-error-role-required = Choose who you are to the child.

ui-act-order254 = Order No. 254
ui-act-register39 = Register of public services (order No. 39/НҚ)
ui-act-order164 = Order No. 164-НҚ
ui-act-order414 = Order No. 414
ui-act-law-military-service = Law on military service and the status of servicemen
ui-act-law-special-state-bodies = Law on special state bodies
ui-act-law-law-enforcement-service = Law on law-enforcement service
ui-act-law-teacher-status = Law on the status of a teacher
ui-act-law-holidays = Law on holidays
ui-act-labour-code = Labour Code
ui-cite-article = art. { $n }
ui-cite-annex = Annex { $n }
ui-cite-item = item { $n }
ui-cite-point = p. { $n }
ui-cite-clause = cl. { $n }
ui-cite-sub = sub. { $n }

ui-service-question = What do you want to do?
ui-service-00403001 = Put my child in the kindergarten queue
ui-service-00403001-hint = For children under 6. The queue is kept by the local education office.
ui-service-00403002 = Enrol with a referral I already have
ui-service-00403002-hint = You received a referral to a preschool and now conclude the contract.
ui-channel-question = How will you apply?
ui-channel-egov-portal = On the egov.kz portal
ui-channel-egov-portal-hint = Open around the clock; after hours the answer comes on the next working day. You sign with an electronic signature or a one-time password.
ui-channel-state-corporation = At a State Corporation (Government for Citizens) office
ui-channel-state-corporation-hint = Electronic queue; you may book a time on the portal.
ui-channel-provider-office = At the education office or the preschool
ui-channel-provider-office-hint = First come, first served, no appointment.
ui-open-working-days = Working days,
ui-open-mon-sat = Monday to Saturday except holidays,
ui-result-by = If you apply now, the result is due by { $when }.
ui-originals-by = Show the originals of your documents by { $date }.
ui-documents-count = The list for this service and channel has { $n } { $n ->
    [one] item
   *[other] items
    }.

ui-child-iin = Child's IIN
ui-child-iin-hint = 12 digits, from the birth certificate. Leave empty if the child has none yet.
ui-iin-typing = { $n } more { $n ->
    [one] digit
   *[other] digits
    }.
ui-iin-derived = Born { $date }, { $sex }.
ui-sex-male = boy
ui-sex-female = girl
ui-child-birth-date = Date of birth
ui-child-birth-date-hint = Needed only when there is no IIN yet.
ui-settlement = Settlement
ui-settlement-hint = The city, town or village whose queue you mean.
# Settlements offered in the list (the parent may type another)
ui-settlement-astana = Astana
ui-settlement-almaty = Almaty
ui-settlement-shymkent = Shymkent
ui-settlement-aktobe = Aktobe
ui-settlement-karaganda = Karaganda
ui-settlement-taraz = Taraz
ui-settlement-pavlodar = Pavlodar
ui-settlement-oskemen = Oskemen
ui-settlement-semey = Semey
ui-settlement-atyrau = Atyrau
ui-settlement-kostanay = Kostanay
ui-settlement-kyzylorda = Kyzylorda
ui-settlement-oral = Oral
ui-settlement-petropavl = Petropavl
ui-settlement-aktau = Aktau
ui-settlement-turkistan = Turkistan
ui-settlement-kokshetau = Kokshetau
ui-settlement-taldykorgan = Taldykorgan
ui-settlement-ekibastuz = Ekibastuz
ui-settlement-zhezkazgan = Zhezkazgan
ui-settlement-konaev = Konaev
ui-settlement-kosshy = Kosshy
ui-sen = My child has special educational needs
ui-sen-hint = For example a disability or a developmental disorder confirmed by specialists.
ui-pmpc = I have a conclusion of the psychological-medical-pedagogical consultation (PMPC)
ui-pmpc-examination-link = No conclusion yet? The PMPC examination and consultation of a child is a public service of its own: see what Kezek knows about it
ui-disorders = Disorders named in the PMPC conclusion
ui-disorder-vision = vision impairment
ui-disorder-hearing = hearing impairment
ui-disorder-severe-speech = severe speech disorder
ui-disorder-musculoskeletal = musculoskeletal disorder
ui-disorder-intellectual = intellectual disability
ui-disorder-delayed-mental-development = delayed mental development
ui-disorder-weakened-health = weakened health
ui-sanatorium = Did a doctor recommend a sanatorium preschool?
ui-sanatorium-none = No
ui-sanatorium-rehabilitation = Yes, for rehabilitation
ui-sanatorium-prevention = Yes, for prevention
ui-contraindication = A doctor found medical reasons why my child cannot attend a preschool
ui-times-queued = How many times was the child already registered in this settlement's queue?
ui-times-queued-hint = Count earlier registrations that were withdrawn or archived. 0 if this is the first time.

ui-role-question = Who are you to the child?
ui-role-parent = Mother or father
ui-role-adoptive-parent = Adoptive parent
ui-role-guardian = Guardian
ui-role-trustee = Trustee
ui-role-foster-parent = Foster parent
ui-role-professional-foster-carer = Professional foster carer
ui-role-patronage-carer = Patronage carer
ui-role-other-legal-representative = Another legal representative
ui-role-source = Who may apply: the child's legal representatives as the law defines them (order No. 164-НҚ, cl. 2 sub. 3).
ui-applicant-iin = Your IIN
ui-applicant-iin-hint = 12 digits. Needed for the application.
ui-full-name = Your surname, name and patronymic
ui-full-name-hint = Printed on the paper form.
ui-phone-1 = Mobile number for SMS
ui-phone-2 = Second mobile number (optional)
ui-phone-hint = Format +7 7XX XXX XX XX. At most two numbers.
ui-email = E-mail (optional)

ui-family-lead = Only these facts can move your child up the queue. Tick what applies; the proof is shown under each.
ui-family-question = Does any of this apply?
ui-family-serviceman = A parent is a serviceman (including one killed, deceased or missing in service)
ui-family-special-state-body = A parent works in a special state body (including one killed, deceased or missing in service)
ui-family-law-enforcement = A parent serves in a law-enforcement body
ui-family-teacher = A parent is a teacher
ui-family-representatives-disabled = The child's parents or guardians have a disability
ui-family-without-parental-care = The child is left without parental care
ui-family-orphan = The child is an orphan
ui-family-large-family = We are a large family
ui-family-disabled-child-in-family = We raise a child with a disability
ui-family-none = None of these applies to us
ui-family-none-hint = Tick this if nothing above is true for your family.
ui-family-sen-note = Special educational needs were asked about on the child's step.
ui-proof = Proof: { $docs }.
ui-proof-gateway = You bring no paper for it: the information about this right is taken from state databases through the e-government gateway (by the office or the State Corporation; on the portal, by the portal).
ui-proof-paper = You bring it (on the portal: upload a scan).

ui-category-out-of-turn = Out of turn
ui-category-first-priority = First priority
ui-category-general = General queue
ui-grounds = Grounds that apply
ui-queues = Queues your child can join
ui-queue-general = General queue
ui-queue-special = Special queue: { $type }
ui-queue-sanatorium = Sanatorium queue: { $type }
ui-age = Age
ui-age-now = Now: { $years } { $years ->
    [one] year
   *[other] years
    } { $months } { $months ->
    [one] month
   *[other] months
    }.
ui-archive-on = The application would be archived for age on { $date }.
ui-referral-age = Age counted for a referral this year: { $years }.
ui-limits = Limits
ui-information = Good to know

ui-checklist-complete = Your documents are complete: nothing is missing.
ui-checklist-incomplete = Some documents are missing or out of date: see the list.
ui-contract-date = Planned date of the contract with the preschool
ui-contract-date-hint = The health certificate must be fresh on this day.
ui-preschool = The preschool named in the referral
ui-preschool-hint = The admission application is addressed to it.
ui-referral-facts = The referral: extended, early booking, documents confirmed
ui-place-vacated = Early booking: the day the place is actually vacated
ui-place-vacated-hint = The referral's five working days start from this day.
ui-documents-confirmed = The day the education department confirmed your documents after the referral
ui-documents-confirmed-hint = The referral's period starts after this confirmation.
ui-referral-extension = The referral was extended by (calendar days, at most 30)
ui-referral-extension-hint = Only once, for illness, treatment, a business trip or leave.
ui-field-applicant-full-name = your full name (step 3)
ui-field-admission-preschool = the preschool named in the referral (above)
ui-emergency = An emergency or restriction measures are declared where we live
ui-status-ok = ready
ui-status-expires-soon = expires soon
ui-status-missing = missing
ui-status-expired = expired
ui-status-automatic = nothing to bring
ui-status-show-for-identification = show it
ui-status-unconfirmed = not held: the right it proves is not confirmed
ui-status-prepared = Kezek prepares it
ui-status-awaits-consent = Kezek prepares it on step { $step }
ui-application-on-step = Kezek fills in the application from your answers; you give your consent on step { $step }.
ui-status-later = can be brought later
ui-status-not-needed = not needed
ui-source-parent = You bring it
ui-source-egov-gateway = The office gets it from state databases
ui-source-show-and-gateway = You show it; the office checks the data in state databases
ui-source-digital-documents = Show it, or allow access to your digital documents
ui-source-kezek = Kezek fills it in
ui-form-original = original
ui-form-scan = scanned copy
ui-form-signed-electronic = electronic, signed
ui-form-original-or-digital = original or digital document
ui-original-note = The original is returned after checking.
ui-i-have-it = I have it
ui-issued-on = Date of issue
ui-issued-on-hint = Enter it to check that the document is still valid.
ui-valid-until = Valid until { $date }.
ui-expires-soon = Your { $doc } expires on { $date }: apply before then.
ui-expired-on = Your { $doc } expired on { $date }: get a new one.
ui-automatic = The office gets these itself
ui-not-needed = Not needed in your case
ui-refusal = Could the application be refused?
ui-receipt-annex3 = Preview: receipt of refusal to accept documents (Annex 3)
ui-receipt-reasoned = Preview: reasoned refusal
ui-receipt-missing = Documents missing or out of date:

ui-summary = Check your answers
ui-summary-service = Service
ui-summary-child = Child
ui-summary-applicant = Applicant
ui-summary-category = Category
ui-summary-documents = Documents
ui-consent = I agree to the use of personal data and of information protected by law (Annex 1, Annex 5)
ui-consent-hint = Without consent the application is refused.
ui-not-ready = To prepare the application, still needed:
ui-field-applicant-iin = your IIN (step 3)
ui-field-child-iin = the child's IIN (step 2)
ui-field-consent = your consent (above)
ui-prepared = Your application is prepared
ui-sha256 = SHA-256 digest (identifies this exact record):
ui-download = Download (JSON)
ui-print-annex1 = Print the application form
ui-consent-annex5 = I agree to access to my restricted personal data needed for the service (Annex 5)
ui-print-annex5 = Print the consent form (Annex 5)
ui-doc-application-annex5 = Application: the consent form of Annex 5
ui-annex5-title = Consent to access to restricted personal data (Annex 5 to order No. 254)
ui-annex5-to = To: the kindergarten named in the referral
ui-annex5-body = I, { $name }, in accordance with article 8 of the Law "On personal data and their protection", consent to access to my restricted personal data required to provide the service under item 8 of Annex 4 to the Rules approved by order No. 254, including their transfer to third parties, cross-border transfer in processing and publication in publicly available sources, and to other information needed to confirm the documents submitted.
ui-annex5-term = This consent applies for the whole period until the result of the service is received.
ui-annex1-queues = The child may stand in every one of these queues at once: { $queues }.
ui-queue-not-for-admission = With a referral in hand the child has left the queue: admission has no queue position or forecast. Go on to check your answers.
ui-go-to-handoff = Check and hand off
ui-copy = Copy
ui-handoff = Pass the answers to this page
ui-downloaded = Downloaded.
ui-copied = Copied.
ui-handed-off = Your answers were passed to the page that opened Kezek. They are not submitted until you confirm there.
ui-qr-caption = The same record as a QR code.
ui-handoff-warning = Before you apply: these documents are missing or out of date.
ui-handoff-warning-category = Without a valid proof the category is not granted, and the provider may refuse the application: renew the document first.
ui-handoff-warning-fix = Go to the documents (step 6)
ui-done-title = Your answers are ready
ui-done-nothing-sent = Kezek has not sent anything. Your application is not submitted yet.
ui-done-portal-lead = To apply, do this on egov.kz:
ui-done-portal-open = Open the service on egov.kz (opens in a new tab)
ui-done-portal-open-find = Open egov.kz (in a new tab) and find the service “{ $service }”
ui-done-portal-sign-in = Sign in with your digital signature (EDS) or a one-time password sent by SMS.
ui-done-portal-enter = Fill in the form with the answers below, in the same order.
ui-done-portal-send = Sign and send the application. The notice about it comes to your personal account on egov.kz (“History of services”).
ui-done-office-lead = To apply, go to { $place } and hand in the printed application with the documents below.
ui-done-place-state-corporation = any office of the State Corporation “Government for Citizens”
ui-done-place-education-department = the local education department (the service provider)
ui-done-place-preschool = the preschool named in your referral
ui-done-hours = Opening hours: { $hours }.
ui-done-bring = Take with you
ui-done-bring-application = The application printed from Kezek, signed by you
ui-done-answers-portal = Your answers for the form
ui-done-answers = Your answers (as on the printed application)
ui-answer-applicant-name = Your full name
ui-answer-applicant-iin = Your IIN
ui-answer-child-iin = The child's IIN
ui-answer-child-birth-date = The child's date of birth
ui-answer-settlement = Settlement of the queue
ui-answer-category = Category (grounds for priority)
ui-answer-sms = Mobile numbers for SMS
ui-answer-email = E-mail
ui-answer-consent = Consent to the use of personal data
ui-answer-consent-given = Given
ui-copied-what = Copied: { $what }.
ui-copy-json = Copy the record (JSON)
ui-handoff-hint = Kezek is open inside another page. You can pass your answers to it; that page submits them, once you confirm there.
ui-specialists = For specialists: the technical record
ui-specialists-hint = The same answers as a machine-readable record, for the systems and specialists who process applications. You do not need it to apply.
ui-annex1-title = Application for queue registration (Annex 1 to order No. 254)
ui-annex1-from = From: { $name }, IIN { $iin }
ui-annex1-body = Please register my child in the queue of { $settlement } for children born in { $year }. Category:
ui-annex1-box-10 = None of these
ui-annex1-notify = SMS: { $sms }.
ui-annex1-email = E-mail: { $email }.
ui-annex1-child = Child: IIN { $iin }.
ui-annex1-date = Date: { $date }. Signature: ____________

ui-queue-lead = See where your child would stand and when a place may come. Load the queue your education office publishes, or try the sample city.
ui-queue-load-sample = Use the sample city
ui-queue-load-file = Open a queue file (JSON or CSV)
ui-queue-bad-snapshot = This queue file cannot be read.
ui-queue-bad-file = Kezek cannot read “{ $name }” as a queue file.
ui-queue-source-sample = Sample city (not real data)
ui-queue-demo = example city, not your queue
ui-queue-source-file = File: { $name }
ui-queue-source-embed = The queue given by the service page
ui-queue-as-of = queue as of { $date }
ui-queue-choose = Which queue?
ui-queue-application-id = Already in the queue? Your application number (optional)
ui-queue-application-id-hint = Leave empty to see where a new application would stand.
ui-queue-error = Your child's queue could not be found in this file.
ui-queue-position = Place { $n } of { $total }
ui-queue-existing = The position of your application in this queue.
ui-queue-hypothetical = Where a new application would stand if submitted now.
ui-queue-ahead-out-of-turn = Out of turn ahead: { $n }
ui-queue-ahead-first = First priority ahead: { $n }
ui-queue-ahead-general = General ahead: { $n }
ui-queue-worth = The category moves your child up { $n } { $n ->
    [one] place
   *[other] places
    } (as a general application: place { $general }).
ui-queue-worth-negative = Here the one-in-three rule puts your child { $n } { $n ->
    [one] place
   *[other] places
    } later than a general application would stand (place { $general }).
ui-queue-if-not-proven = The place above counts on your priority proof. If the missing or expired document is not renewed before you apply, the child stands as a general applicant: place { $general }.
ui-queue-forecast = When may a place come?
ui-queue-run = Calculate the forecast
ui-queue-progress = Calculating…
ui-queue-chart-title = Months in which the referral comes, over 10,000 simulated futures
ui-queue-unlikely = In most simulated futures no place comes before { $end }.
ui-queue-reliability = How far to trust this: in tests on simulated cities, the real referral date fell between the early and the late date in { $inside } out of 10 cases, and came before the middle date (by which half of the futures have a place) in { $below } out of 10.
ui-queue-prob-by = Chance of a place before { $date }: { $pct }%.
ui-queue-prob-age-out = Chance of a place before the application is archived for age on { $date }: { $pct }%.
ui-forecast-half = In half of { $paths } simulated futures a place comes before { $date }.
ui-forecast-likely = Between { $from } and { $to } the place comes in { $n } of { $paths } futures, at least half of those with a place: these are the months next to one another around the tallest bar ({ $peak }), darker on the chart. A month outside them can have a taller bar than one inside.
ui-forecast-range = In 8 of 10 futures the place comes between { $early } and { $late }; in 1 of 10 earlier, in 1 of 10 later.
ui-forecast-range-open = In more than 1 of 10 futures no place comes before { $end }.
ui-forecast-never = In { $never } of { $paths } simulated { $total ->
    [one] future
   *[other] futures
    } no place comes before { $end }.
ui-forecast-chart-placed = The chart shows only the { $shown } { $n ->
    [one] future
   *[other] futures
    } with a place.
ui-forecast-clamped = The queue data is older than today: a place that came before today in a simulated future is shown as { $today }.
ui-forecast-legend-bars = Each bar is a month; its height is how many of the { $paths } futures get a place in that month.
ui-forecast-legend-likely = Darker bars: { $from } – { $to }, the months next to one another around the tallest bar ({ $peak }) that hold at least half of the futures with a place.
ui-forecast-legend-middle = Solid line: { $date }, the middle — half of the futures get a place before it, half after.
ui-forecast-legend-edges = Dashed lines: { $early } and { $late } — 1 future in 10 gets a place before the first, 1 in 10 after the second.
ui-queue-assumptions = How this is calculated
ui-queue-error-unknown-queue = This queue file has no “{ $queue }” queue for children born in { $year }. Choose another queue above, or open the file of your own settlement.
ui-queue-error-unknown-id = There is no application with this number in the file. Check the number, or leave the field empty to see where a new application would stand.
ui-queue-error-not-waiting = This application is no longer waiting in the queue (a referral was issued or it was withdrawn), so it has no place.
ui-queue-error-other = Kezek cannot work out the place from this file. Try the example city, or ask the education department for the current queue file.
ui-queue-forecast-failed = The forecast could not be calculated. Try again, or use the sample city.
ui-snapshot-what = Kezek reads the queue file the education department publishes (.json) or its list of applications (.csv). Choose that file, or try the example city.
ui-snapshot-too-large = The file is larger than Kezek can read. Choose the queue file of your settlement only.
ui-snapshot-not-loaded = The file could not be loaded. Check the connection and try again.
ui-snapshot-kept = Your answers and the queue shown before are kept.
ui-forecast-assume-acceptance = Someone ahead in the queue takes an offered place in { $pct } out of 100 cases.
ui-forecast-assume-leaving = Each year { $pct }% of the applicants ahead lose interest or do not confirm it, and { $stop }% go to the stop list.
ui-forecast-assume-places = Places arrive month by month as in past years for children of the same age, holidays and the new school year included; temporary places are left out.
ui-forecast-assume-priority = New out-of-turn and first-priority applications arrive as often as in the last 12 months.
ui-forecast-assume-leftover = A place nobody ahead wanted is offered to the first 1,000 applicants; { $pct }% of them would take it, and your child competes with them.
ui-forecast-assume-referral = The date shown is the date of the referral; admission follows within 5 working days, or up to 30 days more with an extension (cl. 30).

# Family-and-children services (order No. 414): first screen and service screen.
ui-loading = Loading…
ui-start-title = What do you need?
ui-start-lead = Pick your situation: Kezek shows the documents, the term and the refusal risks under the law. Answers you give once are shared by every service.
ui-life-kindergarten = My child needs a kindergarten place
ui-need-kindergarten = Kindergarten queue and admission
ui-need-kindergarten-official = “Queue registration of preschool children (under 6) for referral to preschool organisations” and “Acceptance of documents and admission of children to preschool organisations”
ui-term-working-days = { $n ->
    [one] { $n } working day
   *[other] { $n } working days
    }
ui-term-calendar-days = { $n ->
    [one] { $n } calendar day
   *[other] { $n } calendar days
    }
ui-term-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
    }
ui-svc-title = Service
ui-svc-back-to-start = ← Choose another service
ui-svc-provider = Provider
ui-svc-result = Result
ui-svc-term = Term
ui-svc-fee = Fee
ui-svc-free = Free of charge
ui-svc-paid = Paid
ui-svc-channel-provider-office = At the provider's office
ui-svc-channel-state-corporation = At a State Corporation (Government for Citizens) office
ui-svc-channel-egov-portal = On the egov.kz portal
ui-svc-channel-education-organisation = At the education organisation (the school)
ui-svc-questions = About you and the child
ui-svc-from-iin = Taken from the child's IIN
ui-svc-eligibility = Who the service is for
ui-svc-eligible = From your answers, you can receive this service.
ui-svc-not-eligible = From your answers, the provider may refuse: see the reasons below.
ui-svc-risks = Refusal risks
ui-svc-no-risks = From your answers, no ground for refusal applies.
ui-svc-provider-checks = What the provider checks itself
ui-svc-checklist = Documents
ui-supply-application = You fill it in
ui-supply-original = Original, shown for checking and returned
ui-supply-copy = A copy
ui-supply-document = The document itself
ui-supply-electronic = Electronic copy uploaded on the portal
ui-supply-identity = Identity card, or the digital-documents service
ui-svc-due-title = When the result is due
ui-svc-due = If you apply now, the application is accepted on { $accepted } and the result is due by { $date } { $time }.
ui-svc-preliminary-refusal = If the provider finds a ground to refuse, it must send you a preliminary refusal notice by { $date } at the latest; you are heard before the result.
ui-svc-in-person = In person: the longest wait to hand in documents is { $wait } min, the longest service time { $service } min.
ui-svc-handoff = Prepare the application
ui-svc-consent = I agree to the use of personal data containing secrets protected by law
ui-svc-prepare = Prepare the application
ui-svc-answer-first = Answer the questions above: Kezek then says whether the service can be given and what could lead to a refusal.
ui-svc-pending = Still to answer:
ui-svc-depends-on = May be needed, depending on your answer to: { $questions }
ui-svc-each-child = How many: { $n } (one for each child aged ten or over on the day of application)
ui-svc-other-children-any = Does the application also concern other children (brothers or sisters)?
ui-svc-other-child-birth-date = Child { $n }: date of birth
ui-svc-add-child = Add another child
ui-svc-remove-child = Remove child { $n }
ui-svc-held = I have it
ui-svc-valid-until = Valid until (if the document states a date)
ui-svc-receipt-title = When you hand in these documents
ui-svc-receipt-hint = Tick the documents you have: Kezek then shows what happens when you hand them in.
ui-svc-receipt-accepted = The set is complete and valid on the day of application: it should be accepted.
ui-svc-receipt-state-corporation = The State Corporation refuses to accept an incomplete set and gives you a receipt naming the missing documents.
ui-svc-receipt-provider-refuses = The provider refuses to accept an incomplete set or documents that are no longer valid.
ui-svc-receipt-provider-not-considered = With an incomplete set or a document that is no longer valid, the provider refuses to consider the application further.
ui-svc-receipt-incomplete = The set is incomplete. The order names no consequence at hand-in for this channel: bring the missing documents.
ui-svc-receipt-missing = Missing:
ui-svc-receipt-expired = No longer valid on the day of application:
ui-answer-yes = Yes
ui-answer-no = No
ui-svc-prepare-why = Tick the consent above first: the application is prepared with it.
ui-svc-fix-name = Correct the name in your answers
ui-svc-done-place-school = the school (education organisation)
ui-svc-done-place-state-corporation = any branch of the State Corporation "Government for Citizens"
ui-svc-done-place-provider = the provider ({ $provider })
ui-svc-done-office-lead = To apply, go to { $place } with the documents below and give them your answers.
ui-svc-done-answers = Your answers (the provider will ask for them)
ui-qr-too-long = The record is too long for a QR code a phone can read: download it instead.
ui-svc-messages-failed = The services' texts could not be loaded. Connect to the internet and reload the page. The kindergarten queue works offline too:

# The first screen in index.html until the app starts (web/first-screen.js), and the language switch.
ui-boot-loading = Loading the checker…
ui-boot-failed = Kezek could not load. Connect to the internet and reload the page.
ui-boot-no-wasm = This browser cannot run Kezek: it needs WebAssembly. Update the browser or open a recent Chrome, Firefox, Safari or Edge. Nothing you enter leaves your device.
ui-boot-reload = Reload the page
# Written into the built index.html and web/boot.js by scripts/prerender.mjs (one line, no placeables).
ui-boot-no-script = Kezek runs in your browser with JavaScript and WebAssembly: turn JavaScript on or open another browser. Nothing you enter leaves your device.
ui-meta-description = Kezek: prepare a kindergarten queue application (order No. 254) and applications for other public services for families and children on your own device.
ui-update-ready = A new version of Kezek is ready. Your answers are kept.
ui-update-reload = Reload to update
ui-lang-failed = The texts in this language could not be loaded. Connect to the internet and try again.

# The first screen: each service's short plain name, shown over its official name (ui-short-<code>).
ui-short-00403008 = Free or discounted school meals
ui-short-00403009 = A place at an out-of-town or school camp
ui-short-00403007 = Free transport to school from a remote village
ui-short-00402002 = Certificate of guardianship
ui-short-00402004 = Certificate for dealing with a child's property
ui-short-00402003 = Becoming a child's guardian
ui-short-00404007 = Taking a child into a foster family
ui-short-00402010 = Meeting the child after losing parental rights
ui-short-00402013 = Taking a child's opinion into account (age 10+)
ui-short-00404004 = Registering to adopt a child
ui-short-00404005 = Accreditation of an adoption agency
ui-short-00402006 = PMPC examination and advice
ui-short-00402007 = Rehabilitation of a child with developmental problems
ui-short-00403003 = Enrolling in school
ui-short-00403004 = Home schooling for health reasons
ui-short-00403005 = Enrolling in a special school or class
ui-short-00403006 = Enrolling in after-school education
ui-short-00403011 = Free meals at a college or university
ui-short-00403015 = Moving a child to another school
ui-short-00404002 = Allowance to a guardian for the child's upkeep
ui-short-00404003 = Patronage care and the payment for the child
ui-short-00404006 = One-off payment on adopting a child
ui-short-creative-clubs = State-funded creative clubs for children
