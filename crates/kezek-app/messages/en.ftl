# Kezek — the app's own words (kezek-app), English. Legal texts come from kezek-rules/messages.

ui-tagline = Get your child into the kindergarten queue right the first time.
ui-tagline-services = Prepare a family-and-children service application right the first time.
ui-language = Language
ui-progress = Progress
ui-progress-count = Step { $n } of { $total }
ui-progress-all = All steps
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
ui-date-format = Day, month, year: for example, 10.05.2023. If the box shows mm/dd/yyyy, your browser asks for the month (mm) first, then the day (dd).
ui-date-entered = Entered: { $date } (day.month.year).
ui-why = Why?
ui-why-source = Where the law says it:
ui-show-original = Show the clause in the original (Kazakh)
ui-change = Change
ui-print = Print this list
ui-privacy = Everything you enter stays on this device. Nothing is sent until you hand the application off yourself.
ui-edition = Rules: order No. 254 of 19.06.2020 as amended by order No. 464 of 18.11.2022. Family-and-children services: order No. 414 of 03.10.2022.
ui-edition-note = This outcome follows order No. 254 as amended by order No. 464 of 18.11.2022, the last amendment Kezek knows. Later amendments are not included: check the current text on adilet.zan.kz or with the education department (in Astana, Almaty and Shymkent, the city's education administration).
ui-erase = Erase my data
ui-erase-confirm = Erase all your answers from this device?
ui-draft-partial = Some of your saved answers could not be read and were left out. Please check them again: { $steps }. A copy of what was stored stays on this device until you erase your data.
ui-draft-partial-other = Some of your saved answers about other family services could not be read and were left out. A copy of what was stored stays on this device until you erase your data.
ui-draft-unreadable = Your saved answers could not be read, so the form starts empty. A copy of what was stored stays on this device until you erase your data.
ui-draft-newer = Your answers were saved by a newer version of Kezek. This page shows what it can read and leaves the saved answers as they are, so what you change now will not be saved. Reload the page to open the newer version.
ui-draft-not-saved = This browser does not let Kezek save your answers: its storage is full or blocked. You can go on, but if you reload or close the page, your answers will be lost.
ui-draft-not-saved-embedded = Your answers are kept only while this page is open: if you reload or close it, you will need to enter them again.
ui-as-of-banner = Dates are computed as of { $date }, as set in the page address, not as of today.
ui-needs-earlier = Some answers on an earlier step are still needed:
ui-error-required = Please answer this question.
ui-error-date = Enter a date as day, month and year.
ui-error-times-queued = Enter a whole number from 0 to { $max } (0 if the child has not been queued).
ui-error-summary-title = There is a problem
ui-error-summary-on-step = Step { $n }, “{ $step }”: { $message }
ui-error-service-required = Choose the service you need.
ui-error-channel-required = Choose how you will apply.
ui-error-child-iin-or-birth-date = Enter the child's IIN or, if the child has no IIN yet, the date of birth.
ui-error-iin-birth-date-mismatch = The child's IIN gives the birth date { $iin_date }, but you entered { $typed }. Correct the birth date, or leave it empty (the IIN gives it), or, if it was mistyped, correct the IIN. If the birth certificate itself gives another date than the IIN, have the records corrected before applying: data that do not agree may be refused as unreliable.
ui-error-settlement-required = Enter the settlement where the child lives.
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
ui-cite-within = { $outer }, { $inner }
ui-cite-rules-414-1 = Rules for accrediting adoption agencies (order No. 513, as worded by order No. 414)
ui-cite-rules-414-2 = Rules for registering persons who are citizens of the Republic of Kazakhstan, permanently reside in its territory and wish to adopt orphans and children left without parental care (order No. 407, as worded by order No. 414)
ui-cite-rules-414-3 = Rules of this public service (order No. 158, as worded by order No. 414)
ui-cite-title = title

ui-service-question = What do you want to do?
ui-service-00403001 = Put my child in the kindergarten queue
ui-service-00403001-hint = For children under 6. The queue is kept by the local education office.
ui-service-00403002 = Enrol with a referral I already have
ui-service-00403002-hint = You received a referral to a preschool and now conclude the contract.
ui-channel-not-offered = This service is not provided this way.
ui-channel-question = How will you apply?
ui-channel-egov-portal = On the egov.kz portal
ui-channel-egov-portal-hint = Open around the clock, apart from technical breaks for maintenance; an application sent after working hours ({ $hours }), on a day off or a holiday is accepted on the next working day. You sign with an electronic signature or a one-time password.
ui-channel-state-corporation = At a State Corporation (Government for Citizens) office
ui-channel-state-corporation-hint = Electronic queue; you may book a time on the portal.
ui-channel-provider-office = At the education office or the preschool
ui-channel-provider-office-00403001 = At the education department or administration (district, city)
ui-channel-provider-office-00403002 = At the preschool (kindergarten)
ui-channel-provider-office-hint = First come, first served, no appointment.
ui-open-working-days = Working days,
ui-open-mon-sat = Monday to Saturday except holidays,
ui-open-working-days-after-colon = working days,
ui-open-mon-sat-after-colon = Monday to Saturday except holidays,
ui-result-by = If you apply now, the result is due by { $when }.
ui-timing-open-now = Applications are accepted now; the result is due within 30 minutes.
ui-timing-more = Kezek's readings (in full)
ui-originals-by = Show the originals of your documents by { $date }.
ui-originals-reading = { $passed ->
        [yes] To be safe, the day to act by was { $safe }
       *[other] To be safe, act by { $safe }
    }: the last day if the day { $from ->
        [handing-in] you hand the application in
        [applying] you apply
        [referral] you received the referral
       *[other] you send the application
    } counts as the first of the 5 working days (cl. 22: «from the moment» { $from ->
        [referral] the referral is received
       *[other] the application is sent
    }). The later date, { $date }, is Kezek's reading of the text: Kezek counts the 5 working days from the day after.
ui-documents-count = The list for this service and channel has { $n } { $n ->
    [one] item
   *[other] items
    }.

ui-child-iin = Child's IIN
ui-child-iin-hint = 12 digits, from the birth certificate. Leave empty if the child has none yet.
ui-child-iin-hint-queue = 12 digits, from the birth certificate. If the child has none yet, you may leave it empty: Kezek shows the other steps but does not prepare the application without it — the application form (Annex 1) has a line for it.
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
ui-settlement-hint = The city, town or village where the child lives, as the application form (Annex 1) asks. Kezek's reading of cl. 13, which forms the general queue by the settlement a child belongs to: the child goes on that settlement's queue.
ui-settlement-hint-admission = The city, town or village where the child lives.
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
ui-sen-hint = Needs confirmed by the conclusion of the psychological-medical-pedagogical consultation (PMPC, asked below). A disability is a first-priority ground of its own (cl. 20 sub. 2): tick “We raise a child with a disability” on step 4, and tick this box too only if the child also has special educational needs.
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
ui-sanatorium = Are you putting the child in a sanatorium preschool queue? For which type: rehabilitation or prevention?
ui-sanatorium-none = No
ui-sanatorium-rehabilitation = Yes, for rehabilitation
ui-sanatorium-prevention = Yes, for prevention
ui-sanatorium-hint = Cl. 13 forms the sanatorium preschool queues by type of rehabilitation or prevention; who decides the type, and by what document, the order does not say. If you do not know whether your child needs such a queue, or what document it takes, ask the education department (in Astana, Almaty and Shymkent, the city's education administration).
ui-contraindication = A doctor found medical reasons why my child cannot attend a preschool
ui-times-queued = How many times was the child already registered in this settlement's queue?
ui-times-queued-hint = Count earlier registrations that were withdrawn or archived. 0 if this is the first time.
ui-previous-priority = The child already had an out-of-turn or first-priority referral to a state kindergarten, and you chose another kindergarten
ui-previous-priority-date = The day you chose the other kindergarten
ui-previous-priority-hint = Order No. 254, cl. 16: after such a choice the parent stands in the general queue once a month has passed and gets a referral to a private kindergarten.
ui-previous-priority-admission = Before this referral, the child had an out-of-turn or first-priority referral to a state kindergarten, and you chose another kindergarten
ui-previous-priority-admission-hint = Order No. 254, cl. 16: after such a choice the parent stands in the general queue after a month and gets a referral to a private kindergarten. Kezek's reading: the referral you hold now then came from the general queue, and no out-of-turn or first-priority right is checked a second time after it (cl. 22). If you are not sure, leave this unticked: Kezek then keeps the originals that confirm the right on your list, the safe side.
ui-error-previous-priority-date-required = Enter the day you chose the other kindergarten: the month of cl. 16 is counted from it.

ui-role-question = Who are you to the child?
ui-role-parent = Mother or father
ui-role-adoptive-parent = Adoptive parent
ui-role-guardian = Guardian
ui-role-trustee = Trustee
ui-role-foster-parent = Foster parent
ui-role-professional-foster-carer = Professional foster carer
ui-role-patronage-carer = Patronage carer
ui-role-other-legal-representative = Another legal representative
ui-role-source = Who may apply: one of the parents or another legal representative of the child (order No. 254, Annex 2 item 8 sub. 3). Order No. 254 does not define who is a legal representative. Kezek's reading: the list above is taken from the rules of children's creative clubs — cl. 2 sub. 3 as worded by order No. 164-НҚ of the Minister of Culture and Information of 14.04.2025 (its registered number), where it is given for those rules.
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
ui-family-skip-to-none = Nothing here applies to you? Go straight to this step's last question: “None of these applies to us”
ui-family-lead-admission = Tick what applies to your family: after the referral the education department (in Astana, Almaty and Shymkent, the city's education administration) checks an out-of-turn or first-priority right a second time, unless it has set another procedure (cl. 22). The proof is shown under each. The admission application (Annex 5) has no boxes for these.
ui-family-serviceman = A parent is a serviceman (including one killed, deceased or missing in service)
ui-family-special-state-body = A parent works in a special state body (including one killed, deceased or missing in service)
ui-family-law-enforcement = A parent serves in a law-enforcement body
ui-family-teacher = A parent is a teacher
ui-family-representatives-disabled = The child's parents or other legal representatives have a disability
ui-family-without-parental-care = The child is left without parental care
ui-family-orphan = The child is an orphan
ui-family-large-family = We are a large family
ui-family-disabled-child-in-family = We raise a child with a disability
ui-family-none = None of these applies to us
ui-family-none-hint = Tick this if nothing above is true for your family.
ui-family-nothing-ticked = Nothing ticked: you declare no out-of-turn or first-priority ground (cl. 20), so the application stands in the general queue.
ui-family-nothing-ticked-admission = Nothing ticked: you claim no out-of-turn or first-priority right (cl. 20).
ui-family-sen-note = Special educational needs were asked about on the child's step.
ui-proof = Proof: { $docs }.
ui-proof-gateway = Annex 2 p. 8: the office or the State Corporation takes the information about this right from state information systems through the e-government gateway. Kezek's reading: you attach no paper for it to the application. But cl. 22 asks for the originals of the documents confirming the right to be shown for checking: the documents step says by when.
ui-proof-gateway-portal = Annex 2 p. 8: on the portal, the annex says the applicant obtains the information about this right from state information systems through the e-government gateway (Kezek's reading: the portal does so for you). Kezek's reading: you attach no paper for it to the application. But cl. 22 asks for the originals of the documents confirming the right to be shown for checking: the documents step says by when.
ui-proof-as-above = As for the ground above.
ui-proof-see-note = How this right is proven: see the note below the list.
ui-proof-note-lead = Note (for each right in the list that refers here):
ui-recheck-as-above = As said above, after the referral the original is checked again (cl. 22).
ui-proof-paper = You bring it.
ui-proof-paper-portal = On the portal you upload a scan of it.
ui-proof-paper-admission = After the referral the education department (in Astana, Almaty and Shymkent, the city's education administration), which provides the queue service (cl. 4), checks this right a second time, unless it has set another procedure (cl. 22): you show the originals within 5 working days of receiving the referral. The documents step says by when.
ui-proof-paper-admission-portal = Annex 4's list for the portal asks for no copies of them.
ui-proof-gateway-admission = After the referral the education department (in Astana, Almaty and Shymkent, the city's education administration), which provides the queue service (cl. 4), checks this right a second time, unless it has set another procedure (cl. 22): the originals of the documents it checks are shown within 5 working days of receiving the referral. Kezek's reading: nothing needs attaching for this right, and what confirms it is shown with those originals (the originals or digital documents). The documents step says which and by when.
ui-proof-paper-admission-after-header = For this check you show the originals within 5 working days of receiving the referral (cl. 22). The documents step says by when.
ui-proof-gateway-admission-after-header = For this check the originals of the documents checked are shown within 5 working days of receiving the referral (cl. 22). Kezek's reading: nothing needs attaching for this right, and what confirms it is shown with those originals (the originals or digital documents). The documents step says which and by when.
ui-proof-admission-cl16 = Kezek's reading of cl. 16: you chose another kindergarten instead of the state kindergarten of your out-of-turn or first-priority referral, so the referral you hold came from the general queue, and this right is not checked a second time after it.

ui-category-out-of-turn = Out of turn
ui-category-first-priority = First priority
ui-category-general = General queue
ui-category-general-admission = No out-of-turn or first-priority right counted
ui-category-out-of-queue = No queue: because of the age, the child does not stand in the queue on any reading of the order (cl. 18, cl. 24 sub. 9)
ui-category-claimed = { $category } — your category once the grounds you declared are proven
ui-grounds = Grounds that apply
ui-queues = Queues your child can join
ui-queues-would-be = The queue your child would belong to (age aside)
ui-queues-age-bars = Because of the age, on Kezek's reading of cl. 18, the child can neither apply nor stay in the queue. Whether another reading keeps the child in the queue, and on what conditions, see “Age” below: the queue listed is the one the child would stand in on it.
ui-queue-general = General queue
ui-queue-special = Special queue: { $type }
ui-queue-sanatorium = Sanatorium queue: { $type }
ui-sanatorium-type-rehabilitation = rehabilitation
ui-sanatorium-type-prevention = prevention
ui-age = Age
ui-age-now = Now: { $years } { $years ->
    [one] year
   *[other] years
    } { $months } { $months ->
    [one] month
   *[other] months
    }.
ui-referral-age = Age counted for a referral this year: { $years }.
ui-limits = Limits
ui-cl16-general-from = To be safe, apply to the general queue from { $date } (Kezek's count).
ui-information = Good to know

ui-checklist-complete = Your documents are complete: nothing is missing.
ui-checklist-complete-unproven = The set of documents is complete, but not every right you declared is proven by a document: see the list.
ui-checklist-awaits-dates = Nothing is missing, but some documents you have need their issue date: enter it in the list, and Kezek checks whether they are still valid.
ui-checklist-dates-refused = Nothing is missing, but an issue date you entered was not accepted: correct it in the list, and Kezek checks whether the document is still valid.
ui-checklist-complete-expiring = Your documents are complete, but some expire soon: see the list.
ui-checklist-complete-at-risk = The set of documents is complete, but on Kezek's reading the service may be refused over some of them (possible, not certain): see the list.
ui-checklist-incomplete = Some documents are missing or out of date: see the list.
ui-contract-date = Planned date of the contract with the preschool
ui-contract-date-hint = Cl. 34 sub. 1: the child's health certificate is to be issued «not later than 3 calendar days from the day of the contract».
ui-contract-date-hint-dated = Cl. 34 sub. 1: the child's health certificate is to be issued «not later than 3 calendar days from the day of the contract». Kezek's reading: for a contract on this day, issued no earlier than { $earliest } (the days counted back from the day before the contract); if the contract day itself is one of the three, no earlier than { $safe }. The text does not say which count is right: to be safe, get the certificate no earlier than { $safe }.
ui-preschool = The preschool named in the referral
ui-preschool-hint = The admission application is addressed to it.
ui-referral-facts = Was the place booked early, your documents confirmed or the referral extended? Say so here
ui-place-vacated = Early booking: the day the place is actually vacated
ui-place-vacated-hint = The referral's five working days start from this day.
ui-documents-confirmed = The day the education department (in Astana, Almaty and Shymkent, the city's education administration) confirmed your documents after the referral
ui-documents-confirmed-hint = cl. 22 says the period for admission starts after this confirmation; Annex 4 gives the referral five working days from issue (with early booking, from the day the place is actually vacated: cl. 3 sub. 7). Kezek's reading: the later day is shown beside the referral's, rely on the earlier one.
ui-referral-cl22-reading = Kezek's reading: cl. 22 says the period for admission starts once the documents are confirmed: counted so, the referral runs until { $later }. Annex 4 gives five working days from issue — rely on { $safe }.
ui-referral-cl22-reading-passed = Kezek's reading: cl. 22 says the period for admission starts once the documents are confirmed: counted so, the referral runs until { $later }. The day to rely on, { $safe } (Annex 4: five working days from issue), has passed: apply at once and ask the education department (in Astana, Almaty and Shymkent, the city's education administration) or the preschool whether the referral is still valid.
ui-referral-safe-reading = Kezek's reading: counted from the day after issue, the referral runs until { $last } inclusive, but it is safer not to wait for that day.
ui-referral-safe-passed = The referral's safe last day, { $safe }, has passed; by Kezek's count it runs until { $last } inclusive.
ui-referral-extension = The referral was extended by (calendar days, at most 30)
ui-referral-extension-hint = Only once, for illness, treatment, a business trip or leave.
ui-field-applicant-full-name = your full name (step 3)
ui-field-admission-preschool = the preschool named in the referral (step 6)
ui-emergency = An emergency or restriction measures are declared where we live
ui-status-ok = ready
ui-status-expires-soon = expires soon
ui-status-missing = missing
ui-status-expired = expired
ui-status-lapses = lapses before the contract
ui-status-lapses-before-opening = out of date by the next opening
ui-status-at-risk = at risk
ui-status-automatic = nothing to attach
ui-status-gateway-original = show the originals (cl. 22)
ui-status-show-for-identification = show it
ui-status-unconfirmed = not held: the right it proves is not confirmed
ui-status-unconfirmed-lapsed = lapsed: the right it proves is not confirmed
ui-status-lapsed-since-referral = lapsed since the referral: if it was confirmed while valid, give that day; if not, get a new one
ui-status-prepared = Kezek prepares it
ui-status-awaits-consent = Kezek prepares it on step { $step }
ui-application-on-step = Kezek fills in the application from your answers; you give your consent on step { $step }.
ui-status-awaits-answers = Kezek prepares it once it has the answers named below
ui-application-needs = Kezek fills in the application from your answers once it has: { $fields }. You give your consent on step { $step }.
ui-application-needs-consented = Kezek fills in the application from your answers once it has: { $fields }.
ui-status-awaits-date = Enter the issue date
ui-status-date-refused = Correct the issue date
ui-awaits-date = Enter the document's issue date: Kezek checks its validity from it.
ui-refusal-date-refused = Kezek cannot yet check a document you have: it is valid for a limited time and the issue date you entered was not accepted (see the document in the list). Holding it is no ground for refusal; only if it is out of date on the day it is used may the service be refused. Correct its issue date, and Kezek checks its validity.
ui-status-later = can be brought later
ui-status-bring-to-contract = bring it to the contract
ui-status-not-needed = not needed
ui-source-parent = You bring it
ui-source-parent-portal = You upload it
ui-source-contract = You bring it to the kindergarten when the contract is signed
ui-source-original-portal = You present the original (cl. 22), not on egov.kz
ui-source-original-portal-by = You present the original by { $date } inclusive (cl. 22), not on egov.kz
ui-source-referral-electronic = Issued to you in the queue management system
ui-referral-extend-by = If illness, treatment, a business trip or leave keeps you from coming in time, the referral may be extended once by up to 30 more calendar days (cl. 30; cl. 23 sub. 1). The order does not say where to ask for it: look in your personal cabinet of the queue management system (cl. 23 sub. 4) or ask the education department (in Astana, Almaty and Shymkent, the city's education administration). Kezek's reading: do it by { $date }, no later than the time of day the referral was issued — cl. 30 gives one day (24 hours) from its issue, and that may bound the extension too.
ui-source-egov-gateway = The office gets it from state information systems
ui-source-egov-gateway-admission = The education department or administration gets it from state information systems
ui-source-show-and-gateway = You show it; the office checks the data in state information systems
ui-source-digital-documents = Show it, or allow access to your digital documents
ui-source-digital-documents-portal = Allow access to your digital documents: the provider takes them from the digital documents service
ui-source-kezek = Kezek fills it in
ui-form-original = original
ui-form-scan = scanned copy
ui-form-signed-electronic = electronic, signed
ui-form-original-or-digital = original or digital document
ui-form-digital = digital document
ui-original-note = The order does not say whether the original is returned: if you will need it again, make a copy first.
ui-i-have-it = I have it
ui-held-on-step-2 = You said on step 2 (about the child) that you have it.
ui-held-change = Change
ui-issued-on = Date of issue
ui-issued-on-hint = Enter it to check that the document is still valid.
ui-valid-until = Valid until { $date } inclusive.
ui-valid-until-day-off = To be safe, count it valid until { $safe } inclusive; by Kezek's count, until { $last } inclusive, a reading.
ui-lapsed-on = It was valid until { $date } inclusive and has lapsed.
ui-expires-soon = Your { $doc } is valid until { $date } inclusive: apply by that day.
ui-expires-soon-day-off = Your { $doc }: to be safe, apply by { $safe } (by Kezek's count it is valid until { $last } inclusive, a reading).
ui-safe-day-today-send-by = Your { $doc }: to be safe, send the application on egov.kz today, { $date }, by { $until } (the end of the hours for receiving applications). Kezek reads working time as running to { $time }, the end of the working day, but the order does not say so outright: one sent after { $until } may be accepted only on the next working day, after this day (by Kezek's count it is valid until { $last } inclusive, a reading).
ui-safe-day-today-send-between = Your { $doc }: to be safe, send the application on egov.kz today, { $date }, between { $from } and { $until } (the hours for receiving applications). Kezek takes one sent before { $from } as received at { $from } today, and reads working time as running to { $time }, but the order says neither outright: one sent before { $from } or after { $until } may be accepted only on the next working day, after this day (by Kezek's count it is valid until { $last } inclusive, a reading).
ui-safe-day-today-send-now = Your { $doc }: today, { $date }, is its safe day, and the hours for receiving applications ended at { $until }: if you apply on egov.kz, do it at once. Kezek reads working time as running to { $time }, so one sent before then is accepted today; but the order does not say so outright, and it may be accepted only on the next working day, after this day (by Kezek's count it is valid until { $last } inclusive, a reading).
ui-expires-today = Your { $doc }: today, { $date }, is its last valid day: apply today.
ui-health-expires-today = Your { $doc }: today, { $date }, is the last day it serves for the contract with the kindergarten (cl. 34 sub. 1): sign the contract today or get a new certificate nearer the contract day.
ui-health-expires-soon = Your { $doc } serves a contract with the kindergarten signed by { $date } inclusive (cl. 34 sub. 1): sign the contract by that day or get a new certificate nearer the contract day.
ui-health-expires-soon-day-off = Your { $doc }: to be safe, sign the contract with the kindergarten by { $safe } or get a new certificate nearer the contract day (cl. 34 sub. 1; by Kezek's count it serves a contract until { $last } inclusive, a reading).
ui-expired-on = Your { $doc } has lapsed: it was valid until { $date } inclusive — get a new one.
ui-referral-expired-on = The referral's last valid day, { $date }, has passed. The order does not say what happens to a lapsed referral or whether you can take a new one: ask the education department (in Astana, Almaty and Shymkent, the city's education administration) or the preschool at once whether it can still be used, and what happens to your application in the queue.
ui-lapses-on = { $doc }: valid until { $date } inclusive — not on the contract day.
ui-lapses-before-opening = { $doc }: valid until { $date } inclusive — out of date by the day the office next receives applications.
ui-lapses-on-reading = { $doc }: to be safe, valid until { $safe } inclusive — not on the contract day (by Kezek's count, to { $last } inclusive, a reading).
ui-lapses-on-safe-passed = { $doc }: its safe last day, { $safe }, has passed; by Kezek's count it is valid until { $last } inclusive (a reading) — not on the contract day.
ui-at-risk-on-reading = { $doc }: to be safe, count it valid until { $safe } inclusive; on the contract day it is at risk (by Kezek's count valid until { $last } inclusive, a reading).
ui-at-risk-safe-passed = { $doc }: its safe last day, { $safe }, has passed, and it is at risk (by Kezek's count valid until { $last } inclusive, a reading). Apply at once, and ask the kindergarten whether it will take the referral.
ui-at-risk-last-day-send-by = { $doc }: its safe last day, { $safe }, has passed, and it is at risk: today, { $date }, is its last day by Kezek's count only (a reading). If you apply on egov.kz, send the application today by { $until } (the end of the kindergarten's hours for receiving applications): Kezek reads working time as running to { $time }, but the order does not say so outright, and one sent after { $until } may be accepted only on the next working day, when the referral has lapsed on either count. Ask the kindergarten too whether it will take the referral.
ui-at-risk-last-day-send-between = { $doc }: its safe last day, { $safe }, has passed, and it is at risk: today, { $date }, is its last day by Kezek's count only (a reading). If you apply on egov.kz, send the application today between { $from } and { $until } (the kindergarten's hours for receiving applications): Kezek takes one sent before { $from } as received at { $from } today, and reads working time as running to { $time }, but the order says neither outright, and one sent before { $from } or after { $until } may be accepted only on the next working day, when the referral has lapsed on either count. Ask the kindergarten too whether it will take the referral.
ui-at-risk-last-day-send-now = { $doc }: its safe last day, { $safe }, has passed, and it is at risk: today, { $date }, is its last day by Kezek's count only (a reading), and the kindergarten's hours for receiving applications ended at { $until }. If you apply on egov.kz, do it at once: Kezek reads working time as running to { $time }, so one sent before then is accepted today; but the order does not say so outright, and it may be accepted only on the next working day, when the referral has lapsed on either count. Ask the kindergarten too whether it will take the referral.
ui-at-risk-on-acceptance-reading = { $doc }: to be safe, count it valid until { $safe } inclusive; on the day an application made now is accepted it is at risk (by Kezek's count valid until { $last } inclusive, a reading): to be safe, get a new one before you apply.
ui-at-risk-on-check-reading = { $doc }: to be safe, count it valid until { $safe } inclusive; at the second check of the originals (cl. 22) it is at risk (by Kezek's count valid until { $last } inclusive, a reading): to be safe, get a new one for the check.
ui-recheck-expires-soon-day-off = Your { $doc }: it is shown at the second check of the originals (cl. 22), not with the application. To be safe, have one valid on the day of the check: this one until { $safe } inclusive (by Kezek's count until { $last } inclusive, a reading); for a check after that day, get a new one.
ui-recheck-expires-soon = Your { $doc }: it is shown at the second check of the originals (cl. 22), not with the application. Have one valid on the day of the check: this one until { $date } inclusive; for a check after that day, get a new one.
ui-recheck-expires-today = Your { $doc }: it is shown at the second check of the originals (cl. 22), not with the application; today, { $date }, is its last valid day: for a check after today, get a new one.
ui-automatic = Documents whose data come from state information systems through the e-government gateway
ui-automatic-reading = Annex 2 p. 8 says the applicant obtains these data through the e-government gateway. Kezek's reading: egov.kz takes them for your application from state information systems.
ui-automatic-originals = You still need to show their originals for checking (cl. 22): the line below says where and by when.
ui-docs-originals = Show the originals to the education department (in Astana, Almaty and Shymkent, the city's education administration) by { $safe } (cl. 22): { $docs }.
ui-docs-originals-passed = The day to show the originals to the education department (in Astana, Almaty and Shymkent, the city's education administration), { $date }, has passed (cl. 22): { $docs }. If your documents are not yet confirmed, show them at once.
ui-docs-originals-closed-today = The day to show the originals to the education department (in Astana, Almaty and Shymkent, the city's education administration) is today, { $date }, but its reception closed for today at { $time } (cl. 22; Kezek's reading: originals are received in reception hours): { $docs }. If your documents are not yet confirmed, show them as soon as reception opens, and ask the kindergarten or the department at once whether it will still take the referral.
ui-docs-originals-office = Bring the originals with the application: the education department (in Astana, Almaty and Shymkent, the city's education administration) confirms them within 30 minutes of their being shown (cl. 22): { $docs }. Any you do not have with you, show by { $safe }.
ui-closed-now-originals = The five working days to show the originals (cl. 22) count from that day.
ui-not-needed = Not needed in your case
ui-refusal = Could the application be refused?
ui-refusal-lapses-before-use = Valid today, but no longer on the contract day you gave: sign the contract while it is still valid, or see the document's note in the list above.
ui-receipt-annex3 = Preview: receipt of refusal to accept documents (Annex 3)
ui-receipt-reasoned = Preview: reasoned refusal
ui-receipt-reading = Preview: a refusal that may be given under Kezek's reading (not a certain one)
ui-receipt-missing = Documents missing or out of date:

ui-summary = Check your answers
ui-summary-service = Service
ui-summary-child = Child
ui-summary-applicant = Applicant
ui-summary-category = Category
ui-summary-documents = Documents
ui-summary-channel = How you apply
ui-summary-sen = Special educational needs
ui-summary-sen-no-pmpc = Yes; no PMPC conclusion yet
ui-summary-sen-pmpc = Yes; a PMPC conclusion is held
ui-summary-sen-pmpc-disorders = Yes; a PMPC conclusion is held: { $disorders }
ui-summary-queues = Queues
ui-summary-notify = For notices (SMS, e-mail)
ui-summary-not-given = none given
ui-summary-role = Who you are to the child
ui-summary-contraindication = Medical contraindications
ui-summary-times-queued = Times already registered in this settlement's queue
ui-summary-previous-priority = An earlier out-of-turn or first-priority referral (cl. 16)
ui-summary-previous-priority-on = Yes; you chose another kindergarten on { $date }
ui-summary-emergency = Emergency or restriction measures where you live
ui-summary-referral-extension = The referral's extension
ui-consent = I confirm my consent to the use of information in the information system that is a secret protected by law (Annex 1). I consent to access to my restricted personal data (Annex 5).
ui-consent-hint = Without consent the application is refused.
ui-not-ready = To prepare the application, still needed:
ui-field-applicant-iin = your IIN (step 3): the application form (Annex 1) has a line for it
ui-field-child-iin = the child's IIN (step 2): the application form (Annex 1) has a line for it; see the child's birth certificate or the digital documents service
ui-field-consent = your consent (above)
ui-closed-now-next-open = Reception is closed now: you can hand in the application when it reopens, { $accepted }.
ui-prepared = Your application is prepared
ui-sha256 = SHA-256 digest (identifies this exact record):
ui-download = Download (JSON)
ui-print-annex1 = Print the application form
ui-consent-annex5 = I consent to access to my restricted personal data (Annex 5).
ui-print-annex5 = Print the consent form (Annex 5)
ui-print-digest = SHA-256 of the application prepared in Kezek, to match this paper with the saved file: { $sha }
ui-print-notes = Kezek's notes — not part of the forms
ui-print-translation = Kezek's translation of the form's official Kazakh text.
ui-print-note-queues = The form has no line for the queue. The child may stand in all of these queues at once (cl. 17): { $queues }.
ui-print-note-blank-line = In Annex 1 the line above “Application” has no caption saying what it is for, and the order does not say either. Kezek leaves it blank.
ui-print-fill = Before you sign, write in by hand on the printed forms: { $items }.
ui-print-portal-copy = On egov.kz the application is an electronic document you sign online: the printed form is only a copy for you, with nothing to write in or sign.
ui-print-fill-address = your address
ui-print-fill-child-name = the child's full name (if any)
ui-print-fill-name = your full name
ui-print-fill-date = the date you sign
ui-print-fill-applicant-iin = your IIN
ui-print-fill-child-iin = the child's IIN
ui-print-fill-addressee = on the consent (Annex 5), the line «(preschool organisation)»: no kindergarten is chosen before a referral — ask the provider what to write there
ui-print-fill-declared-ground = the ground «{ $ground }» in words below the boxes (the form has no box for it)
ui-doc-application-annex5 = Application: the consent form of Annex 5
ui-annex5-title = Annex 5 to the Rules of public services in preschool education
ui-annex5-form = Form
ui-annex5-to = { $preschool } (preschool organisation)
ui-annex5-body = I, { $name }, consent to access to restricted personal data, including: 1) the transfer of personal data to third parties; 2) their cross-border transfer in processing; 3) their publication in publicly available sources, required to provide the public service under article 8 of the Law of the Republic of Kazakhstan "On personal data and their protection", under item 8 of Annexes 2 and 4 to the Rules of public services in preschool education approved by order No. 254 of the Minister of Education and Science of the Republic of Kazakhstan of 19 June 2020 "On approving the Rules of public services in preschool education" (registered in the Register of state registration of regulatory legal acts under No. 20883).
ui-annex5-term = This consent applies for the whole period until the result of the service is received.
ui-annex5-sign = ____________ (signature)   { $name } (surname, first name, patronymic (if any))
ui-annex5-from = { $name } (surname, first name, patronymic (if any))
ui-annex5-other = I consent to access to restricted personal data containing other information required to confirm the documents submitted for public services.
ui-queue-not-for-admission = Once a referral is received, the application is as a rule taken out of the queue into the archive (cl. 3 sub. 1), so no queue position or forecast is shown here for admission. The order's exceptions: a child referred to a temporary-stay place may keep its place in the queue (cl. 25 sub. 4); if the kindergarten takes the place back, the referral is cancelled and the application returns to the queue (cl. 25 sub. 2). Go on to check your answers.
ui-go-to-handoff = Check and hand off
ui-copy = Copy
ui-handoff = Pass the answers to this page
ui-downloaded = Downloaded.
ui-copied = Copied.
ui-handed-off = Your answers were passed to the page that opened Kezek. They are not submitted until you confirm there.
ui-qr-caption = The same record as a QR code.
ui-handoff-refusal = Before you apply: from your answers, Kezek sees a ground for refusal.
ui-handoff-refusal-fix = Check your answers
ui-handoff-reading = Before you apply: on Kezek's reading, the service may be refused (possible, not certain).
ui-handoff-reading-see = More on the refusal: step 6 (Documents).
ui-handoff-warning = Before you apply: these documents are missing or out of date.
ui-handoff-warning-category = Without a valid proof the set of documents is incomplete or holds a document out of date: at the education department or administration or the State Corporation the documents are not accepted (cl. 5, Annex 3), on the portal an incomplete set is refused consideration (cl. 6), and with a document out of date the service is refused (Annex 2 p. 9 sub. 4). Whether the provider would instead register the child without the priority right, the order does not say. Get the document before you apply (a new one, if yours has lapsed).
ui-handoff-warning-fix = Go to the documents (step 6)
ui-choose-disorder = Choose the disorders (step 2)
ui-handoff-lapsing = Before you apply: these documents are valid today but lapse before the originals are due (cl. 22). Show the originals by their last day, or get new ones first.
ui-handoff-dates = Before you apply: enter the issue date of these documents. Without it Kezek cannot check that they are valid on the day they are used; as for these documents, only one out of date on that day would be a ground for refusal.
ui-handoff-note-lapsed = out of date
ui-handoff-note-lapsed-on = lapsed: it was valid until { $date } inclusive
ui-handoff-note-lapsed-on-renew = lapsed: it was valid until { $date } inclusive — get a new one
ui-handoff-note-lapsed-new-only = lapsed: it was valid until { $date } inclusive — hand in a new one only; if you cannot get one in time, apply without it and do not hand in the expired one: the set is complete without it, but the right it proves is not confirmed (see step 6)
ui-handoff-note-lapses-on = valid only until { $date } inclusive
ui-handoff-note-lapses-on-safe = to be safe, count it valid until { $safe } inclusive; by Kezek's count, until { $date } inclusive, a reading
ui-handoff-note-not-on-contract-day = not valid on the contract day you gave ({ $contract }): get a new one closer to that day, or sign the contract earlier
ui-handoff-note-at-risk-on-acceptance = to be safe, count it valid until { $safe } inclusive; by Kezek's count, until { $date } inclusive, a reading — an application made now is accepted after the safe day: to be safe, get a new one first
ui-handoff-note-at-risk-on-check = to be safe, count it valid until { $safe } inclusive; by Kezek's count, until { $date } inclusive, a reading — at the second check of the originals (cl. 22) it is at risk: to be safe, get a new one first
ui-handoff-note-lapses-before-acceptance = valid only until { $date } inclusive, and an application sent now is accepted only after that day: to be safe, get a new one first, a reading
ui-handoff-note-lapses-before-opening = valid only until { $date } inclusive, and the office next receives applications after that day: get a new one first
ui-handoff-note-no-date = its issue date is not entered (step 6)
ui-handoff-note-date-refused = the issue date entered was not accepted: correct it (step 6)
ui-handoff-unproven = Before you apply: without these documents the priority you declare is not confirmed. The set is complete without them, so this is no ground for refusal; but an application takes its place in the queue only once its documents are confirmed (cl. 22), and the order does not say what follows when the priority is not. { $fallback ->
    [first] Kezek's reading: at best the child then stands with the first priority your other documents prove.
   *[other] Kezek's reading: at best the child stands as a general applicant.
}
ui-done-title = Your answers are ready
ui-done-title-refusal = As answered, the service would be refused
ui-done-title-out-of-queue = As answered, the child will not stand in the queue: the service would be refused, or the application taken out of the queue and archived (cl. 18, cl. 24 sub. 9)
ui-done-after-fix = Apply only once what the warning above names no longer stands. If it cannot change, ask the provider before applying.
ui-done-after-fix-mendable = Fix what the warning above names, then apply.
ui-done-out-of-queue-no-steps = Kezek lists no steps to file the application: on either reading of the order it would not stand in the queue (cl. 18, cl. 24 sub. 9).
ui-done-nothing-sent = Kezek has not sent anything. Your application is not submitted yet.
ui-done-portal-lead = To apply, do this on egov.kz:
ui-done-portal-open = Open the service on egov.kz (opens in a new tab)
ui-done-portal-open-find = Open egov.kz (in a new tab) and find the service “{ $service }”
ui-done-portal-sign-in = Sign in with your digital signature (EDS) or a one-time password sent by SMS.
ui-done-portal-enter = Fill in the service's form. The answers below are your answers to Kezek's questions, for reference: the form may ask differently and in another order, and may not ask for some of them at all.
ui-done-portal-send = Sign and send the application. The notice about it comes to your personal account on egov.kz. Kezek's tip: on egov.kz look for it under “History of services”, the site's menu name (not the order's), which may change.
ui-done-contract-bring = For the contract with the kindergarten, take with you: { $docs }. { $count ->
    [one] Under cl. 34 sub. 1 the kindergarten does not admit the child without it, and it is not attached on egov.kz: the portal's list of documents (Annex 4 p. 8) does not name it.
   *[other] Under cl. 34 sub. 1 the kindergarten does not admit the child without them, and they are not attached on egov.kz: the portal's list of documents (Annex 4 p. 8) does not name them.
}
ui-done-portal-accepted-next-working-day = It is outside working hours now: an application sent now is received on the next working day, { $accepted }, and the result is due from then (Annex { $annex } p. 7 sub. { $sub }).
ui-done-portal-attach = Attach the scans: { $docs }.
ui-done-portal-originals = If you send today, show the originals of the documents cl. 22 checks to the education department (in Astana, Almaty and Shymkent, the city's education administration) by { $date }: { $docs }. (5 working days from sending.) The application is registered in the queue only once they are confirmed.
ui-done-sc-originals = If you hand the application in today, show the originals of the documents cl. 22 checks to the education department (in Astana, Almaty and Shymkent, the city's education administration) by { $date }: { $docs }. (5 working days from handing in.) The application is registered in the queue only once they are confirmed.
ui-done-sc-originals-next-open = The State Corporation is closed now. If you hand the application in when it opens ({ $accepted }), show the originals of the documents cl. 22 checks to the education department (in Astana, Almaty and Shymkent, the city's education administration) by { $date }: { $docs }. (5 working days from handing in.) The application is registered in the queue only once they are confirmed.
ui-done-office-originals = Bring with the application the originals of the documents cl. 22 checks: { $docs }. The education department (in Astana, Almaty and Shymkent, the city's education administration) confirms them within 30 minutes of their being shown, and only then is the application registered in the queue (cl. 22). If you apply now and an original is not with you, show it by { $date } (5 working days from applying).
ui-done-office-originals-next-open = Bring with the application the originals of the documents cl. 22 checks: { $docs }. The education department (in Astana, Almaty and Shymkent, the city's education administration) confirms them within 30 minutes of their being shown, and only then is the application registered in the queue (cl. 22). The office is closed now; if you apply when it opens ({ $accepted }) and an original is not with you, show it by { $date } (5 working days from applying).
ui-done-originals-identity = your identity document and the child's birth certificate
ui-done-originals-representative = the document that made you the child's legal representative (Kezek's reading: cl. 22 checks your rights to the child; the list names no such document)
ui-doc-mid-service-workplace-certificate = the certificate from the workplace of a serviceman or a special state body employee
ui-doc-mid-teacher-workplace-certificate = the teacher's certificate from the workplace
ui-doc-mid-teacher-diploma = a scanned copy of the teacher's diploma
ui-doc-mid-pmpc-conclusion = the conclusion of the psychological-medical-pedagogical consultation (PMPC)
ui-doc-mid-first-priority-proof = the documents confirming the first-priority right
ui-original-teacher-diploma = the teacher's diploma
ui-done-referral-until = Apply by { $date }, the referral's safe last day (five working days from issue: Annex 4 p. 8 sub. 1).
ui-done-referral-see-documents = { $said ->
    [missed] What follows if the referral's last day is missed: step 6 (Documents), under the referral.
    [reading] Kezek's count of the referral's days (a reading): step 6 (Documents), under the referral.
   *[other] What follows if the referral's last day is missed, and Kezek's count of its days (a reading): step 6 (Documents), under the referral.
}
ui-done-referral-today = Today, { $date }, is the referral's safe last day: apply today.
ui-done-referral-passed = The referral's last valid day, { $date }, has passed. Ask the education department (in Astana, Almaty and Shymkent, the city's education administration) or the preschool whether the referral can still be used.
ui-done-referral-passed-reading = The referral's last day to rely on, { $safe } (Annex 4: five working days from issue), has passed. Kezek's reading: cl. 22 says the period for admission starts once your documents are confirmed: counted so, the referral runs until { $later }. The text does not settle which day applies: apply at once, and ask the education department (in Astana, Almaty and Shymkent, the city's education administration) or the preschool whether the referral is still valid.
ui-done-referral-safe-passed = The referral's safe last day, { $safe }, has passed; by Kezek's count it runs until { $date } inclusive. Apply as soon as you can and ask the kindergarten whether it will take the referral.
ui-done-referral-accepted-late = An application sent on the portal now is accepted only on { $accepted }, after the referral's last day ({ $date }); the kindergarten too opens again only on { $accepted }. Kezek's reading: the referral may be judged on the day the application is accepted and held lapsed. Ask the kindergarten or the education department (in Astana, Almaty and Shymkent, the city's education administration) at once whether it will take the referral.
ui-done-referral-office-closed = The kindergarten has stopped receiving applications for today: handed in at its desk, your application would be accepted only on { $accepted }, after the referral's last day ({ $date }). Ask the kindergarten or the education department (in Astana, Almaty and Shymkent, the city's education administration) at once whether it will take the referral.
ui-done-admission-originals = After the referral, cl. 22 checks your documents a second time: show the originals to the education department (in Astana, Almaty and Shymkent, the city's education administration): { $docs }. Show them by { $date } (5 working days from receiving the referral).
ui-done-admission-originals-passed = After the referral, cl. 22 checks your documents a second time: the day to show the originals, { $date }, has passed: { $docs }. If your documents are not yet confirmed, show the originals at once and ask the education department (in Astana, Almaty and Shymkent, the city's education administration) whether the referral is still valid.
ui-done-admission-originals-closed-today = After the referral, cl. 22 checks your documents a second time: the day to show the originals is today, { $date }, but reception at the education department (in Astana, Almaty and Shymkent, the city's education administration) closed for today at { $time } (Kezek's reading: originals are received in reception hours): { $docs }. If your documents are not yet confirmed, show the originals as soon as reception opens, and ask the kindergarten or the department at once whether it will still take the referral.
ui-done-preschool-named = Preschool: { $preschool }.
ui-official-00403001 = Registration of preschool children (under 6) in the queue for referral to preschool organisations
ui-official-00403002 = Acceptance of documents and enrolment of children in preschool organisations
ui-answer-queues = Queues
ui-done-office-lead = To apply, go to { $place } and hand in the printed application with the documents below.
ui-done-place-state-corporation = an office of the State Corporation “Government for Citizens”
ui-done-place-education-department = the local education department (the service provider; in Astana, Almaty and Shymkent, the city's education administration)
ui-done-place-preschool = the preschool named in your referral
ui-done-hours = Opening hours: { $hours }.
ui-done-bring = Take with you
ui-done-bring-application = The application printed from Kezek, signed by you
ui-done-bring-copy = and a copy of it to go with the application: the form (Annex 1) says «(copy of the document)» beside its box
ui-done-bring-gateway-proof = on the list: Annex 2 p. 8 sub. 8; their information is taken from state databases, and their originals are checked under cl. 22, see below
ui-done-bring-gateway-proof-admission = the originals, for the second check under cl. 22, see below; Annex 4's list does not name them
ui-done-bring-contract = for the contract, cl. 34 sub. 1; Annex 4's list does not name it
ui-done-answers-portal = Your answers for the form
ui-done-answers = Your answers (as on the printed application)
ui-answer-applicant-name = Your full name
ui-answer-applicant-iin = Your IIN
ui-answer-child-iin = The child's IIN
ui-answer-child-birth-year = The child's year of birth
ui-answer-settlement = Settlement of the queue
ui-answer-category = Category (the box to tick on the form)
ui-answer-sms = Mobile numbers for SMS
ui-answer-email = E-mail
ui-answer-consent = Consent to the use of personal data
ui-answer-consent-given = Given
ui-copied-what = Copied: { $what }.
ui-copy-json = Copy the record (JSON)
ui-handoff-hint = Kezek is open inside another page. You can pass your answers to it; that page submits them, once you confirm there.
ui-specialists = For specialists: the technical record
ui-specialists-hint = The same answers as a machine-readable record, for the systems and specialists who process applications. You do not need it to apply.
ui-annex1-title = Annex 1 to the Rules of public services in preschool education
ui-annex1-name = { $name } (surname, first name, patronymic (if any) (hereinafter – full name) when filled in on paper)
ui-annex1-iin = { $iin } (individual identification number (hereinafter – IIN))
ui-annex1-blank = ______________________________
ui-annex1-heading = Application
ui-annex1-body = Please register for a referral to a preschool organisation my child living in the settlement of { $settlement } (town, township, village), IIN { $iin }, ______________________________ (the child's full name, if any, when filled in on paper), born in { $year }.
ui-annex1-boxes = I inform you that the child is (tick what applies):
ui-annex1-box-1 = a child of a serviceman, including one killed, deceased or missing in service
ui-annex1-box-2 = a child of an employee of a special state body, including one killed, deceased or missing in service
ui-annex1-box-3 = a child whose legal representatives are disabled
ui-annex1-box-4 = a child with special educational needs
ui-annex1-box-5 = a child left without parental care
ui-annex1-box-6 = an orphan
ui-annex1-box-7 = a child from a large family
ui-annex1-box-8 = a child of a teacher
ui-annex1-box-9 = a child from a family that has a disabled child
ui-annex1-box-10 = does not belong to any of the categories above
ui-annex1-box-copy = (copy of the document)
ui-declared-ground = The form has no box for the ground «{ $ground }» (cl. 20 sub. 1), so box 10 is ticked. Kezek's reading: declare the ground in words — on the paper form, write it in by hand below the boxes before signing; if the form on egov.kz has no such choice either, ask the service provider how to declare it.
ui-annex1-notify-intro = Please inform me of changes in the state of my application in these ways:
ui-annex1-notify = 1) an SMS message in free form to these mobile phone numbers (no more than two): { $sms };
ui-annex1-email = 2) an email message in free form to: { $email }.
ui-annex1-note = (When life circumstances change, the status of the application in the queue may change. Applications in the queue are grouped by the child's year of birth (calendar year) in the order of the date they were filed.)
ui-annex1-consent = I confirm my consent to the use of information in the information system that is a secret protected by law.
ui-annex1-address = living at: ______________________________
ui-annex1-to = To the service provider
ui-annex1-date = Signature ____________ Date ____________

ui-queue-lead = See where your child would stand and when a place may come. Your real place: the queue system publishes information about the applications on a dedicated website (cl. 24 sub. 8); the order gives you a personal account in the queue management system (cl. 23 sub. 4) and notices when your application changes (cl. 23 sub. 1); the status of your request for the service is in your personal account on egov.kz (Annex 2 p. 10). The order gives parents no queue file: here Kezek calculates on the sample city, or on a queue file (JSON or CSV) from a service that works with the queue's data.
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
ui-queue-position-unproven = Place { $n } of { $total } if the { $right ->
    [out-of-turn] out-of-turn
   *[other] first-priority
} right is not confirmed
ui-queue-position-if-proven = If the right is confirmed: place { $n } of { $total }. Ahead of that place:
ui-queue-existing = The position of your application in this queue.
ui-queue-hypothetical = Where a new application would stand if submitted now. { $right ->
    [out-of-turn] With the out-of-turn right, the application takes this place
    [first] With the first-priority right, the application takes this place
   *[other] The application takes this place
} only once the originals of its documents are confirmed, unless the education department (in Astana, Almaty and Shymkent, the city's education administration) has set another procedure (cl. 22).
ui-queue-ahead-out-of-turn = Out of turn ahead: { $n }
ui-queue-ahead-first = First priority ahead: { $n }
ui-queue-ahead-general = Ahead on general grounds: { $n }
ui-queue-worth = In the queue's list, the category puts your child { $n } { $n ->
    [one] place
   *[other] places
    } higher (as a general application: place { $general }).
ui-queue-worth-negative = Here the one-in-three rule puts your child { $n } { $n ->
    [one] place
   *[other] places
    } later than a general application would stand (place { $general }).
ui-queue-if-not-proven = The place if the right is confirmed counts on your priority proof. Unless the education department (in Astana, Almaty and Shymkent, the city's education administration) has set another procedure, an application is registered in the queue only once its documents are confirmed (cl. 22); the queue is updated when an application's priority status changes (cl. 20 sub. 3), but the order does not say what happens when the priority proof is not confirmed. { $fallback ->
    [first] Kezek's reading: at best the child then stands with the first priority your other documents prove, place { $first }.
    [first-later] Kezek's reading: the child then stands with the first priority your other documents prove, place { $first }; here the one-in-three rule (cl. 21) puts that later than a general application would stand (place { $general }).
   *[other] Kezek's reading: at best the child stands as a general applicant, place { $general }.
} { $todo ->
    [date] You have the proof, but its issue date is not entered: until it is, Kezek cannot check that the proof is valid, so it counts the right as not proven. Enter the issue date at step 6.
    [both] Bring a valid document, and enter the issue date of the proof you have at step 6: without it Kezek cannot check that the proof is valid.
   *[other] Bring a valid document.
}
ui-queue-if-not-proven-existing = Your application stands in the queue with the { $right ->
    [out-of-turn] out-of-turn
   *[other] first-priority
} right. Unless the education department (in Astana, Almaty and Shymkent, the city's education administration) has set another procedure, an application is registered in the queue only once its documents are confirmed, and after the referral the right is checked a second time (cl. 22); the queue is updated when an application's priority status changes (cl. 20 sub. 3), but the order does not say what happens when the priority proof is not confirmed. { $fallback ->
    [first] Kezek's reading: at best the child then stands with the first priority your other documents prove, place { $first }.
    [first-later] Kezek's reading: the child then stands with the first priority your other documents prove, place { $first }; here the one-in-three rule (cl. 21) puts that later than a general application would stand (place { $general }).
   *[other] Kezek's reading: at best the child stands as a general applicant, place { $general }.
} { $todo ->
    [date] You have the proof, but its issue date is not entered: until it is, Kezek cannot check that the proof is valid, so it counts the right as not proven. Enter the issue date at step 6.
    [both] Bring a valid document, and enter the issue date of the proof you have at step 6: without it Kezek cannot check that the proof is valid.
   *[other] Bring a valid document.
}
ui-forecast-if-not-proven = This forecast, like the place in the headline, counts on the { $right ->
    [out-of-turn] out-of-turn
   *[other] first-priority
} right your application stands with. If the right is not confirmed, { $fallback ->
    [first] the child stands at best with the first priority your other documents prove (Kezek's reading)
    [first-later] the child stands with the first priority your other documents prove, later than a general application would (cl. 21; Kezek's reading)
   *[other] the child stands at best as a general applicant (Kezek's reading)
}, and the wait can be longer than shown. { $todo ->
    [date] You have the proof, but its issue date is not entered: until it is, Kezek cannot check that the proof is valid, so it counts the right as not proven. Enter the issue date at step 6.
    [both] Bring a valid document, and enter the issue date of the proof you have at step 6: without it Kezek cannot check that the proof is valid.
   *[other] Bring a valid document.
}
ui-forecast-without-right = This forecast, like the place in the headline, is for the case where the out-of-turn or first-priority right is not confirmed: { $fallback ->
    [first] the child stands at best with the first priority your other documents prove (Kezek's reading)
    [first-later] the child stands with the first priority your other documents prove, later than a general application would (cl. 21; Kezek's reading)
   *[other] the child stands at best as a general applicant (Kezek's reading)
}. { $todo ->
    [date] You have the proof, but its issue date is not entered: until it is, Kezek cannot check that the proof is valid, so it counts the right as not proven. Enter the issue date at step 6.
    [both] Bring a valid document, and enter the issue date of the proof you have at step 6: without it Kezek cannot check that the proof is valid.
   *[other] Bring a valid document.
}
ui-forecast-private-cl16 = Under cl. 16 the referral your child can get from this queue is to a private preschool. The queue file does not say which places are in private preschools, so the forecast counts every place of your queue: a place in a private preschool may come later than it shows.
ui-forecast-if-proven-half = If the { $right ->
    [out-of-turn] out-of-turn
   *[other] first-priority
} right is confirmed, in half of the same { $paths } simulated futures a place comes before { $date }.
ui-forecast-if-proven-unlikely = If the { $right ->
    [out-of-turn] out-of-turn
   *[other] first-priority
} right is confirmed, a place comes before { $end } in fewer than half of the same { $paths } simulated futures.
ui-queue-forecast = When may a place come?
ui-queue-run = Calculate the forecast
ui-queue-progress = Calculating…
ui-queue-chart-title = Months in which the referral comes, over 10,000 simulated futures
ui-queue-unlikely = In most simulated futures no place comes before { $end }.
ui-queue-reliability = How far to trust this: in tests on simulated cities, the real referral date fell between the early and the late date in { $inside } out of 10 cases, and came before the middle date (by which half of the futures have a place) in { $below } out of 10.
ui-queue-prob-by = Chance of a place before { $date }: { $pct }%.
ui-queue-prob-age-out = Chance of a place before the application is archived for age on { $date } (that day is Kezek's reading, step 5): { $pct }%.
ui-forecast-half = In half of { $paths } simulated futures a place comes before { $date }.
ui-forecast-likely = Between { $from } and { $to } the place comes in { $n } of { $paths } futures, at least half of those with a place: these are the months next to one another around the tallest bar ({ $peak }), darker on the chart. A month outside them can have a taller bar than one inside.
ui-forecast-range = In 8 of 10 futures the place comes between { $early } and { $late }; in 1 of 10 earlier, in 1 of 10 later.
ui-forecast-range-open = In more than 1 of 10 futures no place comes before { $end }.
ui-forecast-end-is-archive-reading = That day is when the application leaves the queue for age by Kezek's reading (step 5): the forecast counts no place after it.
ui-forecast-never = In { $never } of { $paths } simulated { $total ->
    [one] future
   *[other] futures
    } no place comes before { $end }.
ui-forecast-chart-placed = The chart shows only the { $shown } { $n ->
    [one] future
   *[other] futures
    } with a place.
ui-forecast-clamped = The queue data is older than today: a place that came before today in a simulated future is shown as { $today }.
ui-forecast-leftover = In { $n } of { $placed } { $count ->
    [one] future
   *[other] futures
    } with a place, it is a place nobody ahead took in the 3 working days of priority access (cl. 24 sub. 4): after 3 days such places open to the first 1,000 applicants of the queue (cl. 24 sub. 10), and your child is among them today with a category and without one. For such places your child's place in the queue's list does not matter, so a category does not bring them nearer either: it brings nearer only a place offered by the queue. Kezek's reading: the clause names no order among those 1,000 applicants.
ui-forecast-legend-bars = Each bar is a month; its height is how many of the { $paths } futures get a place in that month.
ui-forecast-legend-likely = Darker bars: { $from } – { $to }, the months next to one another around the tallest bar ({ $peak }) that hold at least half of the futures with a place.
ui-forecast-legend-middle = Solid line: { $date }, the middle — half of the futures get a place before it, half after.
ui-forecast-legend-edges = Dashed lines: { $early } and { $late } — 1 future in 10 gets a place before the first, 1 in 10 after the second.
ui-queue-assumptions = How this is calculated
ui-queue-error-unknown-queue = This queue file has no “{ $queue }” queue for children born in { $year }. Choose another queue above. Information about the applications in the queue is published on a dedicated website (cl. 24 sub. 8); the status of your application is in your personal account on egov.kz.
ui-queue-error-unknown-queue-one = This queue file has no “{ $queue }” queue for children born in { $year }. Information about the applications in the queue is published on a dedicated website (cl. 24 sub. 8); the status of your application is in your personal account on egov.kz.
ui-queue-error-unknown-queue-over-age = This queue file has no “{ $queue }” queue for children born in { $year }: a child already 7 or more on 1 September { $cutoff } (the current year: the year in which an application made now is accepted) is over the age limit of cl. 18 and cannot stand in the queue (step 5). So there is no place in the queue and no forecast for your child.
ui-queue-error-unknown-queue-over-age-reading = This queue file has no “{ $queue }” queue for children born in { $year }. By Kezek's reading of cl. 18 your child is over the age limit (turns 6 before 1 September { $cutoff } — the current year, in which an application made now is accepted) and cannot stand in the queue; another reading is possible (step 5). Ask the education department (in Astana, Almaty and Shymkent, the city's education administration).
ui-queue-error-unknown-queue-over-age-archived = This queue file has no “{ $queue }” queue for children born in { $year }: your child has turned 6, before 1 September { $cutoff } (the current year: the year in which an application made now is accepted), and on either reading of the order does not stand in the queue — by Kezek's reading because of cl. 18, by the other because of cl. 24 sub. 9, which archives the application (step 5). So there is no place in the queue and no forecast for your child.
ui-queue-error-unknown-queue-over-age-by-acceptance = This queue file has no “{ $queue }” queue for children born in { $year }: your child is 5 today and turns 6 on { $birthday }, before 1 September of that year; an application made now would be accepted on { $accepted }, when the child is already 6, and then on either reading of the order the child would not stand in the queue — by Kezek's reading because of cl. 18, by the other because of cl. 24 sub. 9, which archives the application (step 5). So there is no place in the queue and no forecast for your child.
ui-queue-error-unknown-id = There is no application with this number in the file. Check the number, or leave the field empty to see where a new application would stand.
ui-queue-error-other = Kezek cannot work out the place from this file. Try the example city. Information about the applications in the queue is published on a dedicated website (cl. 24 sub. 8); the status of your application is in your personal account on egov.kz.
ui-queue-forecast-failed = The forecast could not be calculated. Try again, or use the sample city.
ui-snapshot-error-line = The error is on line { $line } of the queue table. { $reason }
ui-snapshot-what = Kezek reads a queue file in its own format (.json) or a list of applications (.csv). Choose such a file, or try the example city.
ui-snapshot-not-loaded = The file could not be loaded. Check the connection and try again.
ui-snapshot-kept = Your answers and the queue shown before are kept.
ui-forecast-assume-acceptance = Someone ahead in the queue takes an offered place in { $pct } out of 100 cases.
ui-forecast-assume-leaving = Each year { $pct }% of the applicants ahead lose interest or do not confirm it, and { $stop }% go to the stop list.
ui-forecast-assume-places = Places arrive month by month as in past years for children of the same age, holidays and the new school year included; temporary places are left out.
ui-forecast-assume-priority = New out-of-turn and first-priority applications arrive as often as in the last 12 months.
ui-forecast-assume-leftover = A place nobody ahead wanted is offered to the first 1,000 applicants; { $pct }% of them would take it, and your child competes with them.
ui-forecast-assume-referral = The date shown is the day the referral is issued, not the day of admission: the referral is valid five working days from issue (Annex 4 p. 8 sub. 1). cl. 30 allows one extension of up to 30 calendar days for illness, treatment, a business trip or leave — by Kezek's reading, to be asked within one day of the referral. The forecast does not count the days after the referral.

# Family-and-children services (order No. 414): first screen and service screen.
ui-loading = Loading…
ui-start-title = What do you need?
ui-start-lead = Pick your situation: Kezek shows the documents, the term and the refusal risks under the law. Answers you give once are shared by every service.
ui-resume-saved = Your answers are kept on this device.
ui-resume-link = Continue where you stopped: step { $n }, { $title }
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
ui-svc-channel-education-organisation = At the education organisation
ui-svc-channel-not-offered = Under its requirement list this service is not provided the way you chose earlier ({ $chosen }), so the answers are shown for: { $shown }.
ui-svc-questions = About you and the child
ui-svc-from-iin = Taken from the child's IIN
ui-svc-eligibility = Who the service is for
ui-svc-eligible = From your answers, you can receive this service.
ui-svc-eligible-nothing-asked = Kezek asks no questions for this service: the provider checks your right to it itself.
ui-svc-not-eligible = From your answers, the provider may refuse: see the reasons below.
ui-svc-refused = As answered, the service would be refused: see the reasons below.
ui-svc-cautions = But note, before applying:
ui-svc-risks = Refusal risks
ui-svc-no-risks = From your answers, no ground for refusal applies.
ui-svc-no-risks-nothing-asked = The provider checks the grounds for refusal itself (the list below).
ui-svc-no-risks-caution = From your answers, no ground for refusal applies — but see the caution above.
ui-svc-provider-checks = What the provider checks itself
ui-svc-checklist = Documents
ui-supply-application = You fill it in
ui-supply-original = Original, shown for checking and returned
ui-supply-copy = A copy
ui-supply-document = The document itself
ui-supply-electronic = Electronic copy uploaded on the portal
ui-supply-electronic-not-portal = Electronic copy — so the order's list says («электрондық көшірмесі»), though on this channel the documents are not handed in through the portal: ask the provider in what form to hand it in
ui-supply-electronic-original-for-identification = Electronic copy uploaded on the portal; the original is required for identification
ui-supply-identity = Identity card, or the digital-documents service
ui-svc-due-title = When the result is due
ui-svc-due = If you apply now, the application is accepted on { $accepted } and the result is due by { $date } { $time }.
ui-svc-due-refused = As answered, the service would be refused ({ $clauses }), so no date for a result is given here: the reasons are above.
ui-svc-preliminary-refusal = If the provider finds a ground to refuse the service under row 9 of the requirement list, it must send you a preliminary refusal notice by { $date } at the latest; the notice gives the time and place of a hearing where you can state your position before the result.
ui-svc-result-at-state-corporation = The result is issued through the State Corporation: the requirement list names it as a way both of accepting the application and of issuing the result of the service.
ui-svc-earlier-due-first-day = If the day of acceptance counts as the first day of the term (Kezek's reading above), the result is due by { $date } { $time }.
ui-svc-earlier-due-moved-day-off = If the State Corporation receives your documents that day, or if the day of acceptance counts as the first day of the term (Kezek's reading above), the result is due by { $date } { $time }.
ui-svc-earlier-due-straight = If the term's minutes are counted straight on, without a pause at closing (Kezek's reading above), the result is due by { $date } { $time }.
ui-svc-earlier-due-other = Under the other reading in Kezek's note above, the result is due by { $date } { $time }.
ui-svc-earlier-preliminary-refusal = Under that reading, if the provider finds a ground to refuse the service under row 9 of the requirement list, the preliminary refusal notice must be sent by { $date } at the latest.
ui-svc-in-person = In person: the longest wait to hand in documents is { $wait } min, the longest service time { $service } min.
ui-svc-handoff = Prepare the application
ui-svc-consent = I agree to the use of personal data containing secrets protected by law
ui-svc-prepare = Prepare the application
ui-svc-prepare-refused = As answered, the application would be refused. Prepare it only if an answer above is not so, or no longer so.
ui-svc-prepare-refused-anyway = Prepare it all the same — as answered, it would be refused
ui-svc-answer-first = Answer the questions above: Kezek then says whether the service can be given and what could lead to a refusal.
ui-svc-pending = Still to answer:
ui-svc-depends-on = May be needed, depending on your answers to: { $questions }
ui-svc-possible-risks = Possible grounds for refusal — whether they apply depends on answers still to give:
ui-svc-risk-depends-on = Whether it applies depends on: { $questions }
ui-svc-each-child = How many: { $n } (one for each child aged ten or over on the day of application)
ui-svc-other-children-dates = Other children the application concerns (their dates of birth)
ui-svc-other-child-birth-date = Child { $n }: date of birth
ui-svc-add-child = Add another child
ui-svc-remove-child = Remove child { $n }
ui-svc-held = I have it
ui-svc-valid-until = Valid until (if the document states a date)
ui-svc-receipt-title = When you hand in these documents
ui-svc-receipt-hint = Tick the documents you have: Kezek then shows what happens when you hand them in.
ui-svc-receipt-accepted = By what you ticked, the set is complete by the order's list and valid on the day of application: the refusal for an incomplete set does not apply to it. The order does not promise that the documents will be accepted — it names only that refusal.
ui-svc-receipt-complete = By what you ticked, the set is complete by the order's list and valid on the day of application. The order does not promise that the documents will be accepted.
ui-svc-receipt-state-corporation = The State Corporation refuses to accept an incomplete set and gives you a receipt naming the missing documents.
ui-svc-receipt-state-corporation-expired-reading = Kezek's reading: the State Corporation's receipt form names the refusal to accept documents only for an incomplete set and lists the missing documents; it says nothing of a document that is no longer valid on the day of application. Kezek takes such a document as not completing the set: expect the State Corporation to refuse to accept the documents and give you the receipt. Get a new document before you apply.
ui-svc-receipt-provider-refuses = With an incomplete set or a document that is no longer valid, the provider refuses to accept the application.
ui-svc-receipt-provider-refuses-extension-reading = Kezek's reading: clause 9 of the rules says that with an incomplete set of documents or documents that are no longer valid the provider refuses to accept the application. The clause stands among those on accreditation, and the clauses on the extension (19 and 24) name no such refusal. To be safe, Kezek takes it to apply to the extension too: expect the provider to refuse to accept the application, and hand in a complete set of valid documents.
ui-svc-receipt-provider-not-considered = With an incomplete set or a document that is no longer valid, the provider refuses to consider the application further.
ui-svc-receipt-incomplete = The set is incomplete. The order names no consequence at hand-in for this channel: bring the missing documents.
ui-svc-receipt-incomplete-portal = The set is incomplete. The order names no consequence at hand-in for this channel: attach the missing documents to the application on the portal.
ui-svc-receipt-no-longer-valid = The documents below are no longer valid on the day of application. The order names no consequence at hand-in for this channel: bring valid ones.
ui-svc-receipt-no-longer-valid-portal = The documents below are no longer valid on the day of application. The order names no consequence at hand-in for this channel: attach valid ones to the application on the portal.
ui-svc-receipt-missing = Missing:
ui-svc-receipt-expired = No longer valid on the day of application:
ui-svc-receipt-uncertain = You have every document that is certainly needed. Whether the set is taken without the documents below is not certain: it depends on answers you have not given yet or on the provider's decision. Read the note beside each and ask the provider.
ui-svc-receipt-uncertain-list = May be needed (not counted as missing):
ui-answer-yes = Yes
ui-answer-no = No
ui-svc-prepare-why = Tick the consent above first: the application is prepared with it.
ui-svc-fix-name = Correct the name in your answers
ui-svc-fix-iin = Correct the child's IIN in your answers
ui-svc-done-place-education-organisation = the education organisation
ui-svc-done-place-state-corporation-applicant = the office of the State Corporation "Government for Citizens" of the place where you are registered
ui-svc-done-place-state-corporation-applicant-or-child = the office of the State Corporation "Government for Citizens" of the place where you are registered or where the child is registered
ui-svc-done-place-provider = the provider
ui-svc-done-provider-named = The provider: { $provider }.
ui-svc-done-office-lead = To apply, go to { $place } with the documents below.
ui-svc-done-bring-form = { $form ->
    [rules] Kezek does not fill in this form: order No. 414 does not reproduce it and does not say where it is given. Ask for it where you submit the application.
    [agency] Kezek does not fill in this form: it is given in Annex 1 to order No. 414. Fill it in, tick accreditation or the extension of the accreditation, and the agency's authorised person signs it.
   *[other] Kezek does not fill in the application: your answers below are for reference.
}
ui-svc-done-answers = Your answers to Kezek's questions (for reference: under the order, you hand in the application on its form and the documents listed above)
ui-svc-done-portal-enter = Fill in the service's form. The answers below are your answers to Kezek's questions, for reference: the form may ask differently, and takes some data from state information systems itself.
ui-svc-done-answers-portal = Your answers to Kezek's questions (for reference)
ui-svc-done-title-refusal-reading = As answered, the provider may refuse the service
ui-svc-done-title-pending = Your answers are not complete: some questions above are still unanswered
ui-svc-done-refusal-reasons = Reasons:
ui-svc-done-after-refusal = Apply only if what is named above is not so, or no longer so (an answer given by mistake, a circumstance that has changed). If unsure, ask the provider before applying.
ui-svc-done-after-refusal-reading = Each reason rests on Kezek's reading of the text (see its note): the provider may read it otherwise. Ask the provider before applying.
ui-svc-refusal-hearing = If you apply now: before refusing, the provider must send you, by { $date } at the latest, a preliminary decision to refuse and a notice of the time and place of a hearing; at the hearing you can state your position on the preliminary decision before the result.
ui-svc-refusal-hearing-earlier-first-day = If the day of acceptance counts as the first day of the term (Kezek's reading), the preliminary decision and the notice must be sent by { $date } at the latest.
ui-svc-refusal-hearing-earlier-moved-day-off = If the State Corporation receives your documents that day, or if the day of acceptance counts as the first day of the term (Kezek's reading), the preliminary decision and the notice must be sent by { $date } at the latest.
ui-svc-refusal-hearing-earlier-straight = If the term's minutes are counted straight on, without a pause at closing (Kezek's reading), the preliminary decision and the notice must be sent by { $date } at the latest.
ui-svc-refusal-hearing-earlier-other = If the term is counted another way it can be read (Kezek's reading), the preliminary decision and the notice must be sent by { $date } at the latest.
ui-svc-apply-from = The child turns ten on { $date }: apply on that day or later.
ui-svc-done-not-in-hand = Not every document on the list is in hand: some are not marked “I have it”, or are no longer valid on the day of application.
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

# The referral (admission, 00403002): on the portal on its last day, sent by the end of working time; early booking (cl. 3 sub. 7), counted from the vacated place.
ui-expires-today-send-by = Your { $doc }: today, { $date }, is its last valid day: to be safe, send the application on egov.kz today by { $until } (the end of the kindergarten's hours for receiving applications). Kezek reads working time as running to { $time }, the end of its working day, but the order does not say so outright: one sent after { $until } may be accepted only on the next working day, after the referral's last day.
ui-expires-today-send-between = Your { $doc }: today, { $date }, is its last valid day: to be safe, send the application on egov.kz today between { $from } and { $until } (the kindergarten's hours for receiving applications). Kezek takes one sent before { $from } as received at { $from } today, and reads working time as running to { $time }, but the order says neither outright: one sent before { $from } or after { $until } may be accepted only on the next working day, after the referral's last day.
ui-expires-today-send-now = Your { $doc }: today, { $date }, is its last valid day, and the kindergarten's hours for receiving applications ended at { $until }: send the application on egov.kz at once. Kezek reads working time as running to { $time }, so one sent before then is accepted today; but the order does not say so outright, and it may be accepted only on the next working day, after the referral's last day: ask the kindergarten too.
ui-done-referral-today-send-by = Today, { $date }, is the referral's safe last day: to be safe, send the application today by { $until } (the end of the kindergarten's hours for receiving applications). Kezek reads working time as running to { $time }, the end of its working day, but the order does not say so outright: one sent after { $until } may be accepted only on the next working day, after the referral's last day.
ui-done-referral-today-send-between = Today, { $date }, is the referral's safe last day: to be safe, send the application today between { $from } and { $until } (the kindergarten's hours for receiving applications). Kezek takes one sent before { $from } as received at { $from } today, and reads working time as running to { $time }, but the order says neither outright: one sent before { $from } or after { $until } may be accepted only on the next working day, after the referral's last day.
ui-done-referral-today-send-now = Today, { $date }, is the referral's safe last day, and the kindergarten's hours for receiving applications ended at { $until }: send the application at once. Kezek reads working time as running to { $time }, so one sent before then is accepted today; but the order does not say so outright, and it may be accepted only on the next working day, after the referral's last day: ask the kindergarten too.
ui-referral-safe-reading-vacancy = Kezek's reading: counted from the day after the place was actually vacated, the referral runs until { $last } inclusive, but it is safer not to wait for that day.
ui-referral-cl22-reading-vacancy = Kezek's reading: cl. 22 says the period for admission starts once the documents are confirmed: counted so, the referral runs until { $later }. With early booking the referral's five working days (Annex 4 and cl. 3 sub. 7) run from the day the place was actually vacated — rely on { $safe }.
ui-referral-cl22-reading-passed-vacancy = Kezek's reading: cl. 22 says the period for admission starts once the documents are confirmed: counted so, the referral runs until { $later }. The day to rely on, { $safe } (five working days from the day the place was actually vacated: Annex 4 and cl. 3 sub. 7), has passed: apply at once and ask the education department (in Astana, Almaty and Shymkent, the city's education administration) or the preschool whether the referral is still valid.
ui-done-referral-passed-reading-vacancy = The referral's last day to rely on, { $safe } (five working days from the day the place was actually vacated: Annex 4 and cl. 3 sub. 7), has passed. Kezek's reading: cl. 22 says the period for admission starts once your documents are confirmed: counted so, the referral runs until { $later }. The text does not settle which day applies: apply at once, and ask the education department (in Astana, Almaty and Shymkent, the city's education administration) or the preschool whether the referral is still valid.

# Step 7: an application of the queue file that no longer waits, by its status (cl. 20).
ui-queue-existing-referral = A referral to a preschool was issued for this application (cl. 20 sub. 5): it no longer waits in the queue, so it has no place in it. You do not file a new queue application — next is admission to the preschool with the referral (service 00403002).
ui-referral-terms = The referral is valid { $valid } { $valid ->
    [one] working day
   *[other] working days
    } from its issue (Annex 4 p. 8 sub. 1); the originals of the documents are shown for checking within { $originals } { $originals ->
    [one] working day
   *[other] working days
    } of receiving the referral (cl. 22); within one day of its issue the referral can be cancelled, and if illness, treatment, a business trip or leave keeps you from coming in time, extended once by up to { $extension } { $extension ->
    [one] calendar day
   *[other] calendar days
    } (cl. 30; by Kezek's reading, the extension too is asked within that day). Kezek counts the dates from your referral's day of issue in the admission service.
ui-queue-existing-to-admission = Go to admission to the preschool (service 00403002)
ui-queue-existing-stop-list = This application is on the stop list (cl. 3 sub. 14, cl. 20 sub. 6). The order calls so the temporary archive of applications taken out of the queue when a violation by the applicant is found: the chance to get a referral is suspended, so the application has no place in the queue. Which violation, for how long and how to return to the queue, the order does not say: ask the education department or administration; for your application's status, the order gives you a personal account in the queue management system (cl. 23 sub. 4) and notices when the application changes (cl. 23 sub. 1). Kezek's reading: this is an act of the provider of queue registration, and if you disagree you can complain to the head of the education department or administration or to the authorised body for assessing and controlling the quality of public services (cl. 10).
ui-queue-existing-not-interested = This application is marked as not interested in a place at a preschool (cl. 20 sub. 7), so it has no place in the queue. The order lets the applicant confirm their interest in a place once a year (cl. 23 sub. 2), but does not say whether an application so marked returns to the queue: ask the education department or administration; for your application's status, the order gives you a personal account in the queue management system (cl. 23 sub. 4) and notices when the application changes (cl. 23 sub. 1).
ui-queue-existing-withdrawn = This application was withdrawn from the queue (cl. 20 sub. 4), so it has no place. To stand in the queue again, a new application is made: it stands by its own date and time of submission (cl. 14). Leave the field empty to see where a new application would stand.
ui-queue-existing-archived = This application is in the archive (cl. 20 sub. 6), so it has no place in the queue. This happens, for instance, for the child's age (cl. 24 sub. 9). Check the number; ask the education department or administration why the application is in the archive.
ui-queue-error-birth-date-mismatch = In the file, the application with this number is for a child with another date of birth, not { $date } (step 2): it is another child's application, and Kezek does not show its place. Check the number or the child's date of birth; leave the field empty to see where a new application would stand.
ui-handoff-existing-title-referral = No new queue application
ui-handoff-existing-referral = You are not filing a new queue application: a referral was issued for the application { $id }, whose number you entered on step 7 (cl. 20 sub. 5). Next is admission to the preschool with the referral (service 00403002).
ui-handoff-existing-title-waiting = No second application
ui-handoff-existing-waiting = You are not filing a new queue application: the application { $id }, whose number you entered on step 7, is already waiting in the queue. The order neither forbids nor provides for a second application for the same child: applications stand in the queue by the date and time of submission (cl. 14), and a second one would stand by its own, later ones, not by your application's date. The order lets you change the application you submitted (cl. 23 sub. 1) — for instance when its benefit status changes (cl. 20 sub. 3). Kezek's reading: do not file a second application; for your application's status, the order gives you a personal account in the queue management system (cl. 23 sub. 4) and notices when the application changes (cl. 23 sub. 1).
ui-handoff-existing-age = Your child's age (cl. 24 sub. 9): the queue management system takes out of the queue and archives the application of a child who has turned 6 — the only exceptions are a child who had not turned 6 before 1 September of the current year and a child with special educational needs who has a PMPC conclusion. By your answers neither is your child, so the application { $id } will not keep its place in the queue; when the system takes it out, the order does not say. For your application's status, the order gives you a personal account in the queue management system (cl. 23 sub. 4) and notices when the application changes (cl. 23 sub. 1).
ui-handoff-existing-several-queues = A child with special educational needs may stand in several queues at once (cl. 17): an application to another queue is not a second one in this queue.
ui-handoff-existing-sample = The number was found in the sample city, which is not real data: Kezek decides nothing by it and shows how to file the application below. For your application's status, the order gives you a personal account in the queue management system (cl. 23 sub. 4) and notices when the application changes (cl. 23 sub. 1). Were the sample's application yours, this would apply:
ui-handoff-existing-clear = Not the number of your application, or applying to another queue? Clear the number on step 7, and how to file the application is shown here again.
ui-handoff-existing-ask = { $status ->
        [stop_list] Application { $id }, whose number you gave on step 7, is on the stop list (cl. 20 sub. 6).
        [not_interested] Application { $id }, whose number you gave on step 7, is marked as not interested in a place (cl. 20 sub. 7).
       *[other] Application { $id }, whose number you gave on step 7, is in the archive.
    } The order does not say whether a new application for this child is accepted while that one stays there. Kezek's reading: before you file a new application, ask the education department or administration.
