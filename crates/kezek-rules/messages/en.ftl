# Kezek — messages of the rules (kezek-rules), English.
# Every reason code, document, ground and input error has a message here and in kk.ftl, ru.ftl.
# Plain English for parents; the legal source is shown next to each line by its citation.

## Priority category (cl. 20, Annex 1)
reason-category-out-of-turn = Out of turn: an application whose out-of-turn right is confirmed is placed before the first-priority applications, and among the other out-of-turn ones by the date and time it was submitted (cl. 21); by Kezek's reading, before the general applications too.
reason-category-first-priority = First priority: an application whose first-priority right is confirmed is placed after every three general ones (cl. 21).
reason-category-general = General queue: no priority ground applies.
reason-category-out-of-turn-admission = Out of turn (cl. 20 p. 1): after the referral the education department (in Astana, Almaty and Shymkent, the city's education administration), which provides the queue service (cl. 4), checks this right a second time, unless it has set another procedure (cl. 22).
reason-category-first-priority-admission = First priority (cl. 20 p. 2): after the referral the education department (in Astana, Almaty and Shymkent, the city's education administration), which provides the queue service (cl. 4), checks this right a second time, unless it has set another procedure (cl. 22).
reason-category-general-admission = No out-of-turn or first-priority right is confirmed (cl. 20), so Kezek counts none for the admission.
reason-category-priority-lost-cl16 = Your child already had a priority referral to a state preschool and you chose another one: a new application goes to the general queue, and the referral it leads to is to a private preschool.
reason-category-referral-from-general-queue-cl16 = Your child already had an out-of-turn or first-priority referral to a state preschool and you chose another one. Under cl. 16 the parent then stands in the general queue after a month and gets a referral to a private preschool. Kezek's reading: the referral you hold came from the general queue, not from the priority ground.
reason-category-law-enforcement-no-form-box = The application form has no box for law-enforcement officers' children (cl. 20 p. 1 was added later). Kezek's reading: box 2 (special state bodies) does not fit, so the prepared application ticks box 10 only if no other box is ticked — it is literally true — and declares the law-enforcement ground in words. Bring the workplace certificate.
reason-category-sen-needs-pmpc = Special educational needs without a PMPC conclusion: the list says the conclusion is needed "if any", so the set of documents is complete without it, but nothing confirms the priority or the special queues. Until you have the conclusion, the application stands in the general queue.
reason-category-sen-needs-pmpc-admission = Special educational needs without a PMPC conclusion: nothing confirms the first-priority right, which is checked a second time after the referral (cl. 22). Whether the kindergarten needs the conclusion is said on its line in the list of documents.

## Queues (cl. 13, 17)
reason-queue-general = General queue of your settlement for children born in the same year.
reason-queue-special = Special queue for the type of disorder named in the PMPC conclusion.
reason-queue-sanatorium = Sanatorium preschool queue for the type of rehabilitation or prevention you gave.
reason-queue-several-at-once = A child with special educational needs and confirming documents may stand in all these queues at once.
reason-queue-one-at-a-time = Kezek's reading of cl. 17: the rules let a child with special educational needs and the confirming documents stand in several queues at once and say nothing of other children, so Kezek reads it as one queue at a time: choose one, or ask the education department (in Astana, Almaty and Shymkent, the city's education administration).
reason-queue-special-needs-pmpc = Kezek's reading of cl. 17 ("with confirming documents"): the document confirming the special queues is the conclusion of the psychological-medical-pedagogical consultation (PMPC), the only document on special educational needs in the list of documents; so Kezek shows the special queues only with this conclusion.
reason-queue-special-needs-disorder = Special queues are formed by type of disorder: choose the disorder named in the PMPC conclusion to see its special queue.

## Age (cl. 18, 24 p. 9, 28)
reason-age-eligible = Your child does not turn 6 before 1 September of this year and may stand in the queue.
reason-age-too-old = Kezek's reading of cl. 18: your child turns 6 before 1 September of this year (or already has), and Kezek, reading the clause together with the service's name "(under 6)", puts such a child over its age limit: the child can neither apply nor stand in the queue this year, and on this reading the service would be refused. Another reading is possible: a child whose 7th birthday comes after 1 September of the current year is within the limit. Whether that is your child, and which reading the provider follows, ask the education department (in Astana, Almaty and Shymkent, the city's education administration) before giving up: you may apply, and the provider decides.
reason-age-sen-pmpc-exception = Kezek's reading of cl. 18: your child turns 6 before 1 September of this year (or already has), which on this reading is over the age limit, and a child already 7 on 1 September is over it on every reading; but a child with special educational needs and a PMPC conclusion is excepted from it on any reading, and cl. 18 sets no age for the exception: the child may apply and stand in the queue. cl. 18 names the conclusion of the psychological-medical-pedagogical commission, and cl. 24 sub. 9, cl. 28 and Annex 2 (the list of documents) that of the consultation; Kezek reads them as the same PMPC conclusion. If your conclusion was issued by another body, ask the education department (in Astana, Almaty and Shymkent, the city's education administration) whether it counts.
reason-age-sen-pmpc-would-exempt = Kezek's reading of cl. 18 puts your child over its age limit, and a child already 7 on 1 September is over it on every reading; but a child with special educational needs who has a PMPC conclusion is excepted from the limit on any reading, and cl. 18 sets no age for the exception, so it holds for a child already 7 too: with the conclusion the child may apply and stand in the queue; if you can, get the conclusion before you apply. cl. 18 names the conclusion of the psychological-medical-pedagogical commission, and cl. 24 sub. 9, cl. 28 and Annex 2 (the list of documents) that of the consultation; Kezek reads them as the same PMPC conclusion. If your conclusion was issued by another body, ask the education department (in Astana, Almaty and Shymkent, the city's education administration) whether it counts.
reason-age-over-on-every-reading = On 1 September of the current year your child is already 7 or more: over the age limit of cl. 18 on either reading of it — Kezek's (turning 6 before 1 September) and the other (a child whose 7th birthday comes after 1 September is within the limit). This year the child can neither apply nor stand in the queue.
reason-age-archive-date = By Kezek's reading (below), the day the application leaves the queue (is archived for age) is { $date }: 1 January of the year in which your child turns 6 before 1 September; if the sixth birthday is on 1 September or later, 1 January of the next year.
reason-age-archive-order-date = The order itself gives a later day: under cl. 24 sub. 9 the system takes the application out of the queue when the child turns 6 — for your child { $birthday }. The day above is earlier: it is Kezek's cautious reading (below), by which from 1 January of the year your child turns 6 the child may already be over the age limit of cl. 18; neither the answer nor the forecast counts on the months between the two days. Ask the education department (in Astana, Almaty and Shymkent, the city's education administration) which day the system applies.
reason-age-one-rule-reading = Kezek's reading: cl. 18 sets the age limit both to apply and to be in the queue, while cl. 24 p. 9 speaks of archiving when the child turns 6. Kezek applies one rule — the queue ends on 1 January of that year — so neither the answer nor the forecast counts on months in which the child may already be out of the queue. The system may keep a child born January–August until it turns 6.
reason-age-referral-age = By one reading of cl. 28 (below), for a referral the age counted is the full years your child reaches this calendar year.
reason-age-referral-age-sen-pmpc = cl. 28 counts the age for a referral in full years of the calendar year only for children other than those not over 6 on 1 September and those with special educational needs who have a PMPC conclusion. The clause is worded unclearly, but read either way — as two groups or as one — it leaves out your child, who has special educational needs and a PMPC conclusion and is not over 6 on 1 September. How such a child's age is counted for a referral the order does not say: ask the education department (in Astana, Almaty and Shymkent, the city's education administration), in whose queue the referral is given (cl. 4).
reason-age-cl28-unclear = The clause on the referral age (cl. 28) is worded unclearly, and it can be read in two ways: as two groups (children not over 6 on 1 September, and children with special educational needs who have a PMPC conclusion), it leaves out exactly the children who stand in the queue; as one group (children with special educational needs who have a PMPC conclusion and are not over 6 on 1 September), it counts every other child's age in full years of the calendar year. The text does not say which. The age above is information, not a settled rule: ask the provider how it counts the age.
reason-age-cl28-unclear-admission = The clause on the referral age (cl. 28) is worded unclearly, and it can be read in two ways: as two groups (children not over 6 on 1 September, and children with special educational needs who have a PMPC conclusion), it leaves out exactly the children who stand in the queue; as one group (children with special educational needs who have a PMPC conclusion and are not over 6 on 1 September), it counts every other child's age in full years of the calendar year. The text does not say which. The age above is information, not a settled rule: the referral is given in the queue kept by the education department (in Astana, Almaty and Shymkent, the city's education administration; cl. 4), not by the kindergarten, so ask the department how it counts the age.

## Limits (cl. 15, 16, 19)
reason-limit-times-ok = The rules let a parent or legal representative register the child in one settlement's queue at least 3 times during the preschool years (cl. 15). Kezek's reading: they set no upper limit.
reason-limit-times-three-or-more = Your child was already registered 3 or more times in this settlement. The Kazakh text of cl. 15 says “at least 3 (three) times”. Kezek's reading: that sets no cap, so Kezek does not predict a refusal on this ground. Practice may differ: if an office refuses, ask it to name the rule.
reason-limit-cl16-wait-one-month = After a priority referral to a state preschool, you can join the general queue once one month has passed since you chose another preschool — from the day after the same date of the next month — for a private preschool.
reason-limit-cl19-new-application = Choosing another preschool withdraws your child from the current one: you apply to the queue again.

## Checklist (Annex 2 p. 8, Annex 4 p. 8, cl. 34)
reason-doc-ok = You have it, and it is valid.
reason-doc-missing = You do not have it yet.
reason-doc-awaits-issue-date = You have it, but its issue date is not entered: the document is valid for a limited time, so Kezek cannot yet say whether it is still valid on the day it is used. Enter its issue date, and Kezek checks its validity.
reason-doc-expired = It is no longer valid: get a new one.
reason-doc-referral-lapsed = The referral's last valid day has passed. The order does not say what happens to a lapsed referral or whether a new one can be had: ask the education department (in Astana, Almaty and Shymkent, the city's education administration) or the kindergarten at once whether it can still be used.
reason-doc-lapses-before-use = Valid today, but no longer on the contract day you gave: sign the contract while it is still valid, or see the note below.
reason-doc-issue-day-reading = Kezek's reading: the period «from the day of issue» is counted from the next day. If the day of issue itself is counted, the document's last day is one day earlier (a working day earlier for working days): to be safe, act by then.
reason-doc-issue-day-reading-at-risk = At risk — Kezek's reading: with the period «from the day of issue» counted from the next day, the certificate is still valid on the day an application made now is accepted; if the day of issue itself is counted, its last day was the day before. The text does not settle which count is right, and the certificate may be held out of date: if you can, get a new one before you apply.
reason-doc-vacancy-day-reading = Kezek's reading: with early booking the referral's five working days start when the place is actually vacated (cl. 3 sub. 7) and are counted from the next day. If the day the place is vacated is itself counted, the referral's last day is a working day earlier: to be safe, act by then.
reason-doc-issue-day-reading-extended = Kezek's reading: the referral's five working days «from the day of issue» (with early booking, from the day the place is actually vacated: cl. 3 sub. 7) are counted from the next day, and the extension's calendar days are added after them. If that day itself counts as the first of the five, they end a working day earlier and the extension runs from that day; if the last day then falls on a day off, when the kindergarten is closed, it is the working day before: to be safe, act by then.
reason-doc-pmpc-kindergarten-reading = Kezek's reading: the kindergarten's list asks for the PMPC conclusion for a child with special educational needs without the words «if any» that the egov.kz list has. Without it the set of documents is incomplete and the kindergarten would give a reasoned refusal of the service (cl. 32); on egov.kz the application goes without it. The referral runs only five working days from issue (Annex 4 p. 8 sub. 1): do not let it lapse while you obtain the conclusion — apply on egov.kz by its last day at the latest, or ask the kindergarten at once.
reason-doc-confirmed-at-cl22-check = It was valid on the day the documents were confirmed (the second check, cl. 22): it need not be renewed for the contract.
reason-doc-expires-soon = It is valid, but expires within a week: apply while it is still valid, its last day included.
reason-doc-health-certificate-expires-soon = It is valid, but only for a short time, and what counts is the day the contract with the kindergarten is signed, not the day you apply: cl. 34 sub. 1 asks for a certificate issued «not later than 3 calendar days from the day of the contract». Sign the contract while it is still valid, its last day included, or get a new certificate nearer the contract day.
reason-doc-automatic = The service provider gets it from state information systems: nothing to bring.
reason-doc-prepared = Kezek fills it in for you.
reason-doc-not-needed = Not needed in your case.
reason-doc-later-emergency = An emergency or restrictions are in force: you may bring it to the preschool once they are lifted.
reason-doc-too-early-for-contract = Kezek's reading of cl. 34 sub. 1 («not later than 3 calendar days from the day of the contract»): the health certificate is to be issued no earlier than 3 calendar days before the contract day, the days counted back from the day before it; if the contract day itself is one of the three, no earlier than 2 calendar days before it. The text says neither which way the days run nor from which day they are counted: to be safe, get the certificate no earlier than 2 calendar days before the contract day.
reason-doc-health-certificate-first-day-reading = Kezek's reading of cl. 34 sub. 1: Kezek counts the 3 calendar days back from the day before the contract, so a health certificate issued 3 days before the contract day is still valid on it. If the contract day itself is one of the three, the certificate must be issued no earlier than 2 days before the contract, and the kindergarten may hold one issued 3 days before it too old. The text does not settle which count is right: to be safe, count the certificate valid only until the second day after the day it was issued, inclusive — sign the contract by then, or get a new certificate closer to the contract day.
reason-doc-phthisiatrician-reading = Kezek's reading: the list names the phthisiatrician's conclusion (referral) without "if any", so it is needed for every child, not only for sanatorium queues. Without it the set of documents is incomplete: an office or the State Corporation would refuse to accept the application (cl. 5), and on egov.kz they would refuse to consider it (cl. 6).
reason-doc-law-enforcement-reading = Kezek's reading: the list names only servicemen and special state bodies; the law-enforcement ground (cl. 20 p. 1) is checked like any priority right (cl. 22), so bring the same certificate from work by analogy. Without it, or with one older than a month, the priority is not confirmed; it is no ground for refusing the documents.
reason-doc-law-enforcement-reading-admission = Kezek's reading: no list names the proof of the law-enforcement ground (cl. 20 p. 1); after the referral it is checked a second time like any priority right (cl. 22), so bring the same certificate from work as servicemen do, by analogy. Without it, or with one older than a month, the second check does not confirm the right, and the kindergarten may refuse (Kezek's reading of cl. 34 sub. 3).
reason-doc-show-for-identification = Show it for identification: the paper document or the electronic document from the digital documents service. The provider checks the data in state information systems.
reason-doc-legal-representative-rights-cl22 = Kezek's reading: the provider checks that you are the child's legal representative (cl. 22), but the list names no document for it. To be safe, bring the original of the document that made you one — the court's adoption decision, the guardianship or trusteeship authority's act, the foster-family or patronage contract — unless the child's birth certificate names you as a parent.
reason-doc-digital-document-otp = Instead of the paper, the preschool may take the digital document with your consent: you confirm it with a one-time password sent to the phone registered on the portal.
reason-doc-digital-document-portal = Kezek's reading of Annex 4 p. 8 (the portal's list asks it «for identification»): on egov.kz you do not upload it; the kindergarten takes the digital document from the digital documents service with your consent, which you give with a one-time password sent to the phone registered on the portal, or by replying to the portal's text message.
reason-doc-bring-if-not-in-databases = Annex 2 p. 8 lists these documents and says the education department (in Astana, Almaty and Shymkent, the city's education administration) or the State Corporation gets the information about them from state databases through the e-government gateway. Kezek's reading: you need not attach them to the application; but if your status is not there, bring the document. cl. 22 still has the originals of what confirms the right shown for checking: to be safe, show them with the other originals.
reason-doc-not-in-databases-example-guardianship = An example only, as the order gives none: guardianship established abroad may not be in the state databases — then bring the document that established it.
reason-doc-priority-unconfirmed = You do not have it: the set of documents is still complete, but the right this document proves is not confirmed without it.
reason-doc-priority-proof-lapsed = You have it, but it is no longer valid (one month from its issue): the set of documents is still complete, but the right it proves is not confirmed with it. Get a fresh one.
reason-doc-recheck-unconfirmed = You do not have it: the Annex 4 list of documents is still complete, but without it the second check (cl. 22) does not confirm the right it proves, and the kindergarten may refuse (Kezek's reading of cl. 34 sub. 3).
reason-doc-recheck-lapsed = You have it, but it is no longer valid: get a fresh one for the second check (cl. 22). The Annex 4 list of documents is still complete, but with a lapsed certificate the second check does not confirm the right it proves, and the kindergarten may refuse (Kezek's reading of cl. 34 sub. 3).
reason-doc-recheck-lapsed-since-referral = You have it, and it was valid after the referral, but it has lapsed since. Kezek's reading: it counts on the day of the second check (cl. 22, within 5 working days of the referral), not on the contract day. If your documents were confirmed while it was valid, give the day they were confirmed: it need not be renewed. If the check is still to be made, get a fresh one and show it at once: until then the second check does not confirm the right it proves, and the kindergarten may refuse (Kezek's reading of cl. 34 sub. 3).
reason-doc-recheck-cl22 = After the referral the education department (in Astana, Almaty and Shymkent, the city's education administration), which provides the queue service (cl. 4), checks the priority right a second time, unless it has set another procedure: the originals of the documents it checks are shown no later than 5 working days after receiving the referral (cl. 22).
reason-doc-recheck-cl22-valid-on-check = This certificate is valid for one month: it must still be valid on the day of this second check.
reason-doc-referral-extended-once = The referral was extended once, and its last valid day includes the extension. The rules allow one extension only: a second is not possible.
reason-doc-referral-may-extend = If illness, treatment, a business trip or leave keeps you from coming in time, the referral may be extended once by up to 30 more calendar days (cl. 30; cl. 23 sub. 1). The order does not say where to ask for it: look in your personal cabinet of the queue management system (cl. 23 sub. 4) or ask the education department (in Astana, Almaty and Shymkent, the city's education administration). Kezek's reading: do it within one day of the referral's issue — cl. 30 names that period, and it may bound the extension too.
reason-doc-referral-may-cancel = You may cancel the referral on your own initiative no later than one day (24 hours) from the moment it was issued (cl. 30; cl. 23 sub. 1). Where this is done and what then becomes of your application in the queue, the order says neither: if you mean to cancel, first ask, within those 24 hours, the education department (in Astana, Almaty and Shymkent, the city's education administration) or look in your personal cabinet of the queue management system (cl. 23 sub. 4).
reason-doc-referral-extension-window-day-off = Kezek's reading: cl. 30 gives one day (24 hours) from the moment the referral is issued, and this time it ends on a day off or a holiday. The order does not say that it moves to the next working day, so to be safe count the 24 hours through days off: do not wait for the next working day — ask for the extension within the 24 hours, as soon as you can, or where requests are taken on days off too (for example, your personal cabinet of the queue management system, if it allows that). The cancellation is bounded by the same 24 hours (cl. 30), and you may not be able to ask the education department (in Astana, Almaty and Shymkent, the city's education administration) about it first: if you cancel without asking, know that the order does not say what then becomes of your application in the queue.
reason-doc-referral-extension-window-from-day-off = cl. 30 gives one day (24 hours) from the moment the referral is issued, and this one was issued on a day off or a holiday: the 24 hours end the next day at the hour it was issued. The queue management system works round the clock, and every day it opens priority access to referrals, by the order at 07:00 unless the provider has set another time (cl. 24; cl. 24 sub. 4): if yours was issued earlier in the day than the education department (in Astana, Almaty and Shymkent, the city's education administration) and the kindergarten open (for example, early in the morning), the 24 hours end before they open that day, and unless one of them works on days off, neither is open within those 24 hours at all. Kezek's reading: the order does not say that these hours move to their working hours, so to be safe do not count on them that day — ask for the extension within the 24 hours, as soon as you can, where requests are taken on days off too (for example, your personal cabinet of the queue management system, if it allows that). The cancellation is bounded by the same 24 hours (cl. 30), and you may not be able to ask the education department (in Astana, Almaty and Shymkent, the city's education administration) about it first: if you cancel without asking, know that the order does not say what then becomes of your application in the queue.
reason-doc-referral-extension-window-passed = cl. 30 gives one day from the referral's issue to cancel it on your own initiative; that day ended on { $date }. Kezek's reading: if it bounds the request for the extension too, the time to ask for it has passed as well. Sign the contract while the referral is valid; ask the education department (in Astana, Almaty and Shymkent, the city's education administration) whether it can still be extended, or what to do if you no longer want the place.
reason-doc-referral-from-vacancy = Early booking: the referral's five working days start when the place is actually vacated, not on the day it was issued.
reason-doc-referral-from-confirmation = Kezek's reading: cl. 22 says the period for admission under the referral starts once the provider has confirmed your documents; counted so, the referral runs to a later day. Annex 4 gives the referral five working days from the day of issue (with early booking, from the day the place was actually vacated, cl. 3 sub. 7): rely on that earlier day.
reason-doc-referral-at-risk-cl22-reading = At risk — Kezek's reading: by Annex 4 the referral's five working days from issue (with early booking, from the day the place was actually vacated) end before the contract day (or today, if you have not given it); cl. 22 counts the period for admission from the confirmation of your documents, and counted so the referral still runs. The text does not settle which applies, and the preschool may hold the referral lapsed: sign by Annex 4's last day if you still can; if that day has passed, or an application is no longer received on it, ask the kindergarten or the education department (in Astana, Almaty and Shymkent, the city's education administration) at once whether it will take the referral.
reason-doc-referral-at-risk-issue-day-reading = At risk — Kezek's reading: the contract day is after the referral's safe last day. If the day the five working days are counted from is itself the first of them, the referral no longer runs on the contract day; counted from the next day, it still does. The text does not settle which count is right, and the kindergarten may hold the referral lapsed: sign the contract by the safe day if you can.
reason-doc-referral-accepted-after-last-day = At risk — Kezek's reading: an application sent on the portal now is accepted only on the next working day, after the referral's safe last day, and the kindergarten too opens again only that day; the referral may be judged on the day the application is accepted and held lapsed. Ask the kindergarten or the education department (in Astana, Almaty and Shymkent, the city's education administration) at once whether it will take the referral.
reason-doc-referral-office-reopens-after-last-day = At risk — Kezek's reading: the kindergarten has stopped receiving applications for today and next receives them only on a working day after the referral's safe last day, and the referral may be judged on the day the application is accepted. Ask the kindergarten or the education department (in Astana, Almaty and Shymkent, the city's education administration) at once whether it will take the referral.
reason-doc-referral-portal-accepts-today = On egov.kz an application sent today before { $time }, the end of the kindergarten's working day, is still accepted today (Kezek's reading of working time): if you can, apply there now.
reason-doc-portal-accepts-today = On egov.kz an application sent today before { $time }, the end of the working day, is still accepted today, the certificate's safe day (Kezek's reading of working time): if you can, apply there now.
reason-doc-referral-if-missed = If you miss the referral's last valid day, it becomes a document whose validity has passed: the service is refused and the kindergarten does not admit the child with it (Annex 4 p. 9 sub. 4; cl. 34 sub. 1). What then happens to your application in the queue, or whether a new referral is given, the order does not say: if you may not make it in time, ask the education department (in Astana, Almaty and Shymkent, the city's education administration) before that day.
reason-doc-health-passport-cl34 = cl. 34 sub. 1 names not presenting the child's health passport among the reasons the kindergarten does not admit the child, though the list of documents (Annex 4 p. 8) does not name it: present it with the other documents.
reason-doc-last-day-non-working-reading = Kezek's reading: the last valid day falls on a day off, and Kezek counts the document valid through that day, not through the next working day. The Civil Code moves the end of some periods that fall on a day off, but whether that reaches a document's validity is arguable: to be safe, use it by the last working day before.
reason-doc-lapses-before-acceptance = At risk — Kezek's reading: valid today, but on egov.kz an application sent now (after working time, on a day off or a holiday) is accepted only on the next working day (Annex 2 p. 7 sub. 3), and by then this document is out of date. cl. 6 has the provider accept documents sent through the portal on the day they arrive; on which day a document's validity is judged — the day you send the application or the day it is accepted — the order does not say: to be safe, get a fresh one before you apply.
reason-doc-lapses-before-opening = Valid today, but the office is closed now and next receives applications on a later day, by which this document is out of date by Kezek's count. The service provider (at the State Corporation, its employee) checks the documents when it receives the application (cl. 5) and refuses one out of date (Annex 2 p. 9 sub. 4): get a fresh one before you go.
reason-doc-priority-proof-lapses-before-acceptance = Kezek's reading: valid today, but on egov.kz an application sent now (after working time, on a day off or a holiday) is accepted only on the next working day (Annex 2 p. 7 sub. 3), and by then this certificate is out of date. On which day its validity is judged the order does not say (cl. 6 has documents sent through the portal accepted on the day they arrive): to be safe, get a fresh one before you apply, or the out-of-turn right may not be confirmed with it. It is no ground for refusing the documents.
reason-doc-priority-proof-lapses-before-opening = Valid today, but the office is closed now and next receives applications on a later day, by which this certificate is out of date by Kezek's count (Annex 2 p. 7, cl. 5): handed in then, it does not confirm the out-of-turn right. By Kezek's reading (the list does not name it) it is no ground for refusing the documents. Get a fresh one before you go.
reason-doc-expires-before-cl22-check = Valid on the day you apply, but it expires before the last day for showing the originals (5 working days). Show the original before it expires, or get a fresh certificate.

## Refusal risks (Annex 2 p. 9, Annex 4 p. 9, cl. 34)
reason-refusal-incomplete = The set of documents is incomplete: the service provider (at the State Corporation, its employee) would refuse to accept the application and give a receipt refusing the documents in the form of Annex 3 (cl. 5).
reason-refusal-incomplete-not-considered = The set of documents is incomplete: the service provider would send a reasoned refusal to consider the application to your personal cabinet on egov.kz (cl. 6; for admission to a kindergarten, cl. 32).
reason-refusal-incomplete-service-refused = The set of documents is incomplete: the kindergarten would give a reasoned refusal of the service of admitting children (cl. 32) and would not admit the child (cl. 34 sub. 1).
reason-refusal-expired = A document has expired: the service provider (at the State Corporation, its employee) would refuse to accept the documents and give a receipt in the form of Annex 3 (Annex 2 p. 9 sub. 4).
reason-refusal-expired-service-refused = A document has expired: the service would be refused (Annex 2 p. 9 sub. 4).
reason-refusal-expired-not-admitted = A document has expired: the service would be refused (Annex 4 p. 9 sub. 4) — the child would not be admitted (cl. 34 sub. 1).
reason-refusal-expired-health-certificate-reading = By Kezek's reading of cl. 34 sub. 1, the health certificate was issued too early for the contract day: the service may be refused and the child not admitted. The order says «not later than 3 calendar days from the day of the contract», and Kezek reads it the safe way: get a new certificate close to the contract day.
reason-refusal-health-certificate-first-day-reading = Kezek's reading of cl. 34 sub. 1: the health certificate was issued 3 days before the contract day. By Kezek's count (the 3 calendar days back from the day before the contract) it is still valid on that day; but if the contract day itself is one of the three, it is a day too old, so the service may be refused and the child not admitted. To be safe, get a new certificate issued no earlier than 2 days before the contract day, or sign the contract by the second day after the day the certificate was issued, inclusive.
reason-refusal-referral-at-risk-issue-day-reading = Kezek's reading of Annex 4 p. 8 sub. 1 («valid within five working days from the day of issue»): by Kezek's count, from the day after issue, the referral still runs on the contract day; but if the day of issue itself (with early booking, the day the place was actually vacated) is the first of the five, it has lapsed by then, so the service may be refused and the child not admitted (Annex 4 p. 9 sub. 4, cl. 34 sub. 1). To be safe, sign the contract by the referral's safe last day; if that day has passed, ask the kindergarten or the education department (in Astana, Almaty and Shymkent, the city's education administration) at once whether it will take the referral.
reason-refusal-issue-day-reading-at-risk = Kezek's reading of Annex 2 p. 8 («valid within one month from the day of issue»): by Kezek's count, from the day after issue, the certificate is still valid on the day an application made now is accepted; but if the day of issue itself is counted, it is out of date by then, so the service may be refused (Annex 2 p. 9 sub. 4). To be safe, get a new certificate before you apply.
reason-refusal-referral-at-risk-cl22-reading = Kezek's reading of Annex 4 p. 8 sub. 1 and cl. 22: by Annex 4 the referral's five working days run out before the contract day (or today, if you have not given it); it still runs only if its period is counted from the confirmation of your documents, as cl. 22 may be read. The text does not settle which count applies, and by Annex 4's count the service may be refused and the child not admitted (Annex 4 p. 9 sub. 4, cl. 34 sub. 1). To be safe, sign the contract by Annex 4's last day; if that day has passed, or an application is no longer received on it, ask the kindergarten or the education department (in Astana, Almaty and Shymkent, the city's education administration) at once whether it will take the referral.
reason-refusal-referral-accepted-late-reading = Kezek's reading of Annex 4 p. 7 and p. 8 sub. 1: an application made now is accepted only on a working day after the referral's safe last day (on egov.kz after working time, on the next working day; at the kindergarten's desk, when it next receives applications). The order does not say that a referral valid when the application was made still counts on that day: judged on the day of acceptance, with the day of issue the first of the five working days, it is out of date by then, so the service may be refused and the child not admitted (Annex 4 p. 9 sub. 4, cl. 34 sub. 1). Ask the kindergarten or the education department (in Astana, Almaty and Shymkent, the city's education administration) at once whether it will take the referral; if egov.kz still accepts an application today, apply there now.
reason-refusal-no-consent = Without your consent to the use of personal data, the service would be refused.
reason-refusal-medical-contraindication = Medical contraindications to attending a preschool: the child would not be admitted.
reason-refusal-unreliable-data = Your data do not agree (for example the child's IIN and birth date): the service would be refused.
reason-refusal-requirements-not-met = Your case does not meet a requirement of the rules: the service would be refused.
reason-refusal-age-cut-off-reading = Kezek's reading of cl. 18 (the child's age): the service may be refused (Annex 2 p. 9 sub. 2) if the provider reads the clause as Kezek does; on the other reading the child is within the age limit.
reason-refusal-awaits-issue-date = Kezek cannot yet check a document you have: it is valid for a limited time and its issue date is not entered. Holding it is no ground for refusal; only if it is out of date on the day it is used may the service be refused. Enter its issue date, and Kezek checks its validity.
reason-refusal-recheck-unconfirmed-reading = Kezek's reading: the order does not say what follows when the second check (cl. 22) does not confirm the priority right you declared. But cl. 22 starts the admission period under the referral only after your documents are confirmed, and cl. 34 sub. 3 lets the kindergarten refuse «for other reasons in presenting confirming documents»: the child may not be admitted. Show the proof in time — the originals within 5 working days of receiving the referral.
reason-refusal-expires-before-check-reading = Kezek's reading: a document is valid on the day you apply but lapses before the last day for showing the originals (cl. 22). The originals are checked when you show them; the order does not say whether a document's validity counts on the day you apply or on the day you show it, and the application takes its place in the queue (for admission, the referral's period starts) only once your documents are confirmed. Shown after it has lapsed, the document may be held expired and the application refused. Show the original while it is still valid, or get a fresh one.
reason-refusal-lapses-before-acceptance-reading = Kezek's reading: a document valid on the day you send the application on egov.kz but out of date on the next working day, when the application is accepted (Annex 2 p. 7 sub. 3), may be held out of date and the application refused (Annex 2 p. 9 sub. 4). cl. 6 has portal documents accepted on the day they arrive, and the order does not say which day counts: to be safe, get a fresh one before you apply.
reason-refusal-none = No ground for refusal applies to your case as entered.

## Identity
reason-iin-ok = The child's IIN is valid.
reason-iin-birth-date-mismatch = The child's IIN does not match the birth date you entered.

## Channel and application
reason-channel-not-available = This service is not provided through the channel you chose.
reason-payload-ready = Your application is ready to sign.
reason-payload-needs-consent = Give your consent to the use of personal data to complete the application.
reason-payload-ground-set-aside-cl16 = The ground you declare stays on the application (Annex 1): the form asks which category your child belongs to. But it no longer brings an out-of-turn or first-priority place: your child already had such a referral to a state preschool and you chose another one, so with the new application your child stands in the general queue.

## When the service happens (Annex 2/4 p. 3, p. 7, cl. 6, 22)
reason-schedule-open-now = Applications are accepted now; the result is due within 30 minutes. Kezek's reading: the 30 minutes run only in the hours for receiving applications and giving results — at the education department (in Astana, Almaty and Shymkent, the city's education administration) and at the kindergarten until 17:30 (the lunch break not counted); at the State Corporation until 20:00; on the portal until the provider's working day ends (18:30 at the education department or administration, 18:00 at the kindergarten). If the 30 minutes have not run out by then, Kezek counts the rest from the next opening (on the portal, the next working day).
reason-schedule-closed-next-opening = The office is closed at that time: it accepts the application when it next opens.
reason-schedule-next-working-day = At this time (after working hours, on a day off or a holiday) the portal accepts the application on the next working day, and the result is due from then.
reason-schedule-accepted-when-working-day-starts = At this time, before the working day starts, the portal accepts the application when the working day starts today (09:00), and the result is due from then (Kezek's reading of "after working time").
reason-schedule-originals-within-5-working-days = Show the originals of the documents being checked — identity, legal representation and the priority right — within 5 working days from the moment you sent the application; the application is registered in the queue only once they are confirmed.
reason-schedule-originals-after-referral = After the referral: show the originals of the documents being checked, including the proof of a priority right, within 5 working days of receiving the referral.
reason-schedule-originals-first-day-reading = Kezek's reading: cl. 22 gives 5 working days «from the moment» you send the application or receive the referral. Kezek counts them from the next day; if the day of sending (of receiving the referral) is itself counted as the first, the last day is one working day earlier. To be safe, show the originals by that earlier day.
reason-schedule-originals-with-application = Kezek's advice: at the education department (in Astana, Almaty and Shymkent, the city's education administration), bring the originals of the documents being checked — identity, legal representation and the priority right — with the application. They are confirmed there within 30 minutes of their being shown, and only then is the application registered in the queue (cl. 22); the 5 working days are the latest.
reason-schedule-originals-day-passed = The day to rely on to show the originals of the documents being checked (cl. 22) has passed; a later day by Kezek's count is only Kezek's reading. If your documents are not yet confirmed, show the originals at once and ask the kindergarten or the education department (in Astana, Almaty and Shymkent, the city's education administration) whether it will still take the referral.
reason-schedule-originals-reception-closed = Kezek's reading: originals are received in the reception hours of the education department (in Astana, Almaty and Shymkent, the city's education administration), not through the portal. The day to show the originals (cl. 22) is today, but today's reception closed at { $time }. If your documents are not yet confirmed, show the originals as soon as reception opens, and ask the kindergarten or the department at once whether it will still take the referral.
reason-schedule-portal-working-time-reading = Kezek's reading: on the portal, "after working time" means after the working day ends, at 18:30 at the education department (in Astana, Almaty and Shymkent, the city's education administration; Annex 2 p. 7), not after the reception hours; a lunch break is not after working time. An application sent before that is received the same day. An application sent on a working day before 09:00 is taken as received at 09:00 that day; the order does not say so outright: the day of acceptance can also be read as the next working day.
reason-schedule-portal-working-time-reading-admission = Kezek's reading: on the portal, "after working time" means after the working day ends, at 18:00 at the kindergarten (Annex 4 p. 7), not after the reception hours; a lunch break is not after working time. An application sent before that is received the same day. An application sent on a working day before 09:00 is taken as received at 09:00 that day; the order does not say so outright: the day of acceptance can also be read as the next working day.
reason-schedule-state-corporation-moved-day-off-reading = Kezek's reading: a day off moved from a holiday or set by an act of the competent body, not a holiday itself, comes before the State Corporation receives your application or gives the result as Kezek counts them. The order opens the State Corporation Monday to Saturday and closes it only on holidays (Annex 2 p. 7 sub. 2); Kezek takes it as closed on that day off too, and counts the acceptance and the 30 minutes from its next opening after it. Ask the State Corporation whether it is open that day: if it receives your application that day, the 30 minutes run that day. The day to rely on for showing the originals (cl. 22) is the same either way.
reason-schedule-state-corporation-moved-day-off-result-reading = Kezek's reading: the State Corporation receives your application now, but as Kezek counts, the 30 minutes do not run out before it closes today, and before its next opening comes a day off moved from a holiday or set by an act of the competent body, not a holiday itself. The order opens the State Corporation Monday to Saturday and closes it only on holidays (Annex 2 p. 7 sub. 2); Kezek takes it as closed on that day off too, and counts the rest of the 30 minutes from its next opening after it. Ask the State Corporation whether it is open that day: if it is, the result may be given on that day off. The day to rely on for showing the originals (cl. 22) is the same either way.
reason-schedule-originals-where-reading = Kezek's reading: cl. 22 gives the check of the originals to the provider of the queue service (cl. 4), the education department (in Astana, Almaty and Shymkent, the city's education administration), unless it has set another procedure; and after a referral too: the kindergarten is the provider of admission only (cl. 31). Ask the department where it checks the originals, and after a referral take them to the kindergarten as well.

## Information for the parent (cl. 10–12, 24, 36; Annex 2 p. 10)
reason-info-free-of-charge = The service is free: the public service is provided to individuals free of charge, so you do not have to pay anyone for it. What a kindergarten charges for the child's stay is not part of this service, and the order does not set it.
reason-info-complaints = To complain about the provider's decision, actions or inaction, write to its head: the complaint is considered within 5 working days of its registration. You can also complain to the authorised body for the quality of public services (15 working days), and if you disagree with the result of the service, go to court.
reason-info-bulletin-times = The queue system publishes the bulletin of free places every day at 18:00, and from 07:00 it opens priority access to referrals to the first applicants for 3 working days. The provider may change these times by its act; access opens no later than 23:59.
reason-info-leftover-places-reading = Kezek's reading: places left after the allocation open to the first 1000 applicants in the queue "after 3 (three) days". Here the Rules say "days", not "working days" as for the priority access: to be safe, look once 3 calendar days have passed.
reason-info-home-visit-1414 = If a persistent health impairment limits your daily life, call the contact centre 1414 or 8 800 080 7777: a State Corporation worker will come to your home to take the documents.
reason-info-in-person-times-annex2 = In person (at the provider or the State Corporation): the longest wait to hand in the documents is 15 minutes, the longest service time 30 minutes.
reason-info-in-person-times-annex4 = In person at the kindergarten: the longest wait to hand in the documents is 15 minutes, the longest service time 15 minutes (Annex 4 p. 10). Annex 4 p. 3 gives 30 minutes as the term of the service; the order does not say how the two fit together, and Kezek gives the time of the result by those 30 minutes.
reason-info-medical-contraindication-annex2 = The requirements of this service say: if there are medical contraindications that prevent the child from being in a preschool, the child is not admitted to a preschool. They are not among the grounds for refusing to put the child in the queue.

## Rules edition and calendar
reason-edition-before-effective = This date is before the current rules (as amended by order No. 464 of 18.11.2022) took effect: the answer may not match the rules then in force.
reason-edition-effective-date-uncertain = The current rules took effect on their publication in late 2022; for this date it is not certain they were already in force.
reason-calendar-covered = Working days are counted with the official calendar for this year.
reason-calendar-decrees-not-checked = Working days are counted with the holidays and the Labour Code's rule moving a holiday that falls on a weekend; transfers of days off made by act of the competent body for this year may be missing: only those Kezek has found are included.
reason-calendar-outside-data = This year is outside Kezek's calendar: only fixed-date holidays are counted.

## Documents
doc-application-form = Application (Annex 1 and the consent of Annex 5)
doc-birth-certificate = Child's birth certificate (or its digital document)
doc-applicant-identity = Your identity document (or its digital document)
doc-service-workplace-certificate = Certificate from the workplace of a serviceman or a special state body employee
doc-teacher-workplace-certificate = Teacher's certificate from the workplace
doc-teacher-diploma = Scanned copy of the teacher's diploma
doc-teacher-diploma-original = Teacher's diploma (the original)
doc-pmpc-conclusion = Conclusion of the psychological-medical-pedagogical consultation (PMPC)
doc-phthisiatrician-conclusion = Phthisiatrician's conclusion (referral)
doc-first-priority-proof = Documents confirming the first-priority right
doc-referral = Referral to the preschool
doc-vaccination-card = Preventive vaccination card (form 065/u)
doc-health-certificate = Child's health certificate (form 027/u)

## Grounds
ground-serviceman = Child of a serviceman, including one killed, deceased or missing in service
ground-special-state-body = Child of a special state body employee, including one killed, deceased or missing in service
ground-law-enforcement = Child of a law-enforcement officer
ground-teacher = Child of a teacher
ground-representatives-disabled = Child whose legal representatives are persons with disabilities
ground-without-parental-care = Child left without parental care
ground-orphan = Orphan
ground-large-family = Child from a large family
ground-special-educational-needs = Child with special educational needs
ground-disabled-child-in-family = Child from a family raising a child with a disability

## Input errors
error-case-invalid-json = Some information is missing or not in the expected form.
error-case-date-out-of-range = A date is outside the years Kezek can count with (1900 to 2200). Check the year.
error-case-term-out-of-range = The date given is fine, but a term counted from it runs past 31 December 2200, the last day Kezek can count with. Check the year of this date.
error-case-too-many-phones = Give at most two phone numbers for SMS notices.
error-case-bad-phone = Enter a mobile number in the form +7 7XX XXX XX XX.
error-case-bad-email = Enter a valid e-mail address.
error-case-bad-iin = The IIN is not valid: check the 12 digits.
error-case-birth-in-future = The date of birth cannot be later than today: check the year.
error-case-empty-settlement = Choose the settlement where the child lives.
error-case-document-in-future = A document's issue date is in the future: check it and enter the date on the document.
error-case-document-before-birth = A document issued to the child is dated before the child's birth: check the issue date and the date of birth.
error-case-times-queued-out-of-range = Enter how many times the child was already registered (0 to { $max }).
error-case-channel-not-available = Admission is applied for at the preschool or on the portal, not at the State Corporation.
error-case-change-in-future = The date you chose another preschool is in the future: check it and enter the day you chose it.
error-case-change-day-required = Enter the day you chose another preschool: the month of cl. 16 is counted from it.
error-case-contract-in-past = The contract day has passed: enter the day the contract is to be signed (today or later).
error-case-confirmed-before-referral = The documents are confirmed after the referral is received (cl. 22): the day of confirmation cannot be before the referral's issue date. Check both dates; leave the day of confirmation empty if the education department (in Astana, Almaty and Shymkent, the city's education administration) has not confirmed the documents since the referral.
error-case-confirmed-in-future = The day the documents were confirmed is in the future: enter the day they were confirmed, or leave it empty if they have not been confirmed yet.
error-case-referral-extension-out-of-range = A referral can be extended once by 1 to 30 calendar days.
error-case-text-too-long = This field takes at most 200 characters: shorten the text.
error-case-text-control-character = The text holds an invisible character (a line break, a tab or another control mark; it may have come with copied text): delete it and type the text again.
error-case-applicant-iin-is-child = This is the child's IIN. Enter the applicant's IIN — your own.

## IIN errors
error-iin-not-12-digits = An IIN is exactly 12 digits: check the number against the document and enter all 12 digits.
error-iin-bad-century = The 7th digit of the IIN gives the century of birth and must be 3 to 6 (born in 1900–2099): check the number.
error-iin-bad-date = The first six digits of the IIN must be a birth date (YYMMDD): check the number against the document.
error-iin-bad-checksum = The IIN's last digit does not match: check it for a typo.

## Calendar data errors
error-calendar-invalid-json = The calendar data is not in the expected form.
error-calendar-date-out-of-range = The calendar data has a date outside the years 1900 to 2200.
error-calendar-bad-format = The calendar data has an unknown format.
error-calendar-too-large = The calendar data is too large.
error-calendar-duplicate-year = The calendar data lists a year twice.
error-calendar-date-outside-year = The calendar data lists a date under the wrong year.
error-calendar-transfer-not-weekend = The calendar data makes a weekday a working day: only a Saturday or Sunday can be.

## Reading any input (the one error object, `input.*`)
error-input-invalid-json = The file is not valid JSON: it may be cut off or edited by hand. Open the original file again.
error-input-unreadable = The file cannot be read. Choose it again.
error-input-too-large = The file is too large for Kezek. Check that you chose the right file.
error-input-not-utf8 = The file is not text in UTF-8. Save it again as UTF-8 text.
error-input-not-a-string = A text value was expected here.
error-input-not-an-object = A JSON object was expected here.
error-input-not-json = The value cannot be turned into JSON.
error-input-too-deep = The data is nested too deeply (more than 127 levels of lists and objects inside each other): no file Kezek reads is built like that. Check that the right file was chosen, or give the data in the form Kezek expects.
error-input-not-finite = A number here is not one JSON can carry (NaN or Infinity): give a number, or leave the field out.
error-input-bad-date = Enter the date as YYYY-MM-DD.
error-input-date-out-of-range = A date is outside the years Kezek can count with (1900 to 2200). Check the year.
error-input-bad-sections = The page asked for a part of the check that does not exist. Reload the page; if it happens again, tell the page's owner.
error-input-unknown-option = The page asked for the check with a setting it does not have. Reload the page; if it happens again, tell the page's owner.
error-cli-bad-argument = An option or value on the command line is not valid.
error-cli-missing-argument = Something is missing on the command line: give the command, the file or the option's value.
error-output-serialize = Kezek could not write its answer. Please report this.
error-output-unwritable = Kezek could not write its answer where the output goes (a full disk, or a closed file). Free space or choose another place for the output, then run the command again.
error-calendar-year-not-shown = This year cannot be shown: choose a year from 1900 to 2200.

## Service catalogue errors (order No. 414)
error-catalogue-unknown-service = There is no such service.
error-catalogue-birth-in-future = A date of birth cannot be later than the day of the application: check the year.
error-catalogue-other-order = This service is checked elsewhere in Kezek. Go back to the list of services and choose it there.
error-catalogue-unknown-channel = There is no such way to apply.
error-catalogue-channel-not-offered = This service is not offered that way. Choose another way to apply.
error-catalogue-date-out-of-range = { error-case-date-out-of-range }
error-catalogue-term-out-of-range = The date given is fine, but the term counted from it runs past 31 December 2200, the last day Kezek can count with. Check the date of the application.
error-catalogue-variant-required = Choose the kind of service.
error-catalogue-variant-not-applicable = This service has no kinds to choose from: leave the kind of service out.
error-catalogue-unknown-document = One of the documents you marked is not in the services' lists. Tick "I have it" again for the documents you have.
error-catalogue-bad-iin = { error-case-bad-iin }
error-catalogue-iin-birth-date-mismatch = The child's IIN gives another date of birth than the one entered. Correct the date of birth, or leave it out (the IIN gives it); if the IIN was mistyped, correct the IIN. If the birth certificate itself gives another date than the IIN, have the records corrected before applying: data that do not agree may be refused as unreliable.
error-catalogue-text-too-long = { error-case-text-too-long }
error-catalogue-text-control-character = { error-case-text-control-character }
error-catalogue-invalid-json = Some information is missing or not in the expected form.

## Queue file errors (snapshot, CSV, query, forecast)
error-snapshot-invalid-json = The queue file is not in the expected form. Open the queue file as it was published (.json or .csv), or use the sample city.
error-snapshot-bad-schema = The queue file has an unknown format. Open a queue file in the format Kezek reads, or use the sample city.
error-snapshot-too-large = The queue file is too large for Kezek. Open the queue file of your settlement only, or use the sample city.
error-snapshot-date-out-of-range = The queue file has a date outside the years 1900 to 2200. Open a corrected queue file, or use the sample city.
error-snapshot-duplicate-id = The queue file lists one application number twice in one queue. Open a corrected queue file, or use the sample city.
error-snapshot-duplicate-queue = The queue file lists the same queue of one birth year twice. Open a corrected queue file, or use the sample city.
error-snapshot-bad-id = The queue file has an application number that is empty or too long. Open a corrected queue file, or use the sample city.
error-snapshot-submitted-after-snapshot = The queue file has an application submitted after the file's own date. Open a corrected queue file, or use the sample city.
error-snapshot-birth-date-mismatch = The queue file has an application whose child's date of birth is not in the birth year of its queue (a queue holds the children born in one year). Open a corrected queue file, or use the sample city.
error-csv-empty = The queue table is empty. Open the queue table with its applications, or use the sample city.
error-csv-unreadable = The queue table cannot be read as text. Save the table again as a CSV text file, or use the sample city.
error-csv-line-too-long = A line of the queue table is longer than 4,096 bytes: the file is probably not a queue table. Open the queue table itself, or use the sample city.
error-csv-bad-header = The queue table's first line does not name the seven columns Kezek expects. Open the queue table as it was exported, with its first line unchanged, or use the sample city.
error-csv-wrong-column-count = A line of the queue table has the wrong number of columns: every line has 7 columns separated by commas, and no value contains a comma. Open a corrected queue table, or use the sample city.
error-csv-bad-id = A line of the queue table has an application number that is empty or too long. Check the first column, the application's number: 1 to 64 characters, without quotation marks. Open a corrected queue table, or use the sample city.
error-csv-bad-date = A line of the queue table has a date that cannot be read. Check the second column, when the application was submitted (a date and time such as 2025-03-01T10:00), and the fifth, the child's date of birth (a date such as 2023-05-10, or empty). Open a corrected queue table, or use the sample city.
error-csv-bad-group = A line of the queue table has an unknown priority group. Check the third column, the priority group. Open a corrected queue table, or use the sample city.
error-csv-bad-status = A line of the queue table has an unknown status. Check the fourth column, the application's status. Open a corrected queue table, or use the sample city.
error-csv-bad-queue = A line of the queue table has an unknown queue. Check the seventh column, the queue (it may be empty for the general queue). Open a corrected queue table, or use the sample city.
error-csv-bad-birth-year = A line of the queue table has a birth year that cannot be read. Check the sixth column, the child's birth year: a year from 1900 to 2200. Open a corrected queue table, or use the sample city.
error-query-unknown-queue = The queue file has no such queue for this birth year. Check the child's date of birth and the queue chosen, or open the queue file of your own settlement.
error-query-unknown-id = There is no application with this number in the file. Check the number, or leave it out to see where a new application would stand.
error-query-not-waiting = This application is no longer waiting in the queue, so it has no place. Check the number; to see where a new application would stand, leave it out.
error-query-missing-submitted = Enter when the application was submitted, or its number if it is already in the queue.
error-query-submitted-after-snapshot = The application's date is later than the queue file's date. Give a date no later than the file's, or open a newer queue file.
error-query-submitted-before-birth = The application's date is before the child's birth: an application is made after the birth. Give a later date, or open a queue file made after the child was born.
error-query-invalid = The question about the queue is not in the expected form. Correct the field the error names (birth year, queue, group, date or number) and ask again.
error-forecast-empty-preference = Name at least one preschool, or choose any preschool.
error-forecast-preference-not-in-bulletins = None of the chosen preschools is in the queue file's bulletins of free places. Check the preschools' numbers, or choose any preschool.
error-forecast-by-before-snapshot = The day asked about is before the queue file's date: choose a later day.
error-forecast-birth-date-mismatch = The date of birth is not in the birth year of the queue. Check the child's date of birth and the birth year asked about: they must be the same year.
error-forecast-bad-probability = A share must be between 0 and 1. Give it as a number from 0 to 1: a percentage divided by 100.
error-forecast-bad-paths = The number of simulated paths is out of range. Give a number from 1 to 200,000.
error-forecast-bad-seed = The forecast's seed (where its random numbers start) is out of range. Give a whole number from 0 to 9,007,199,254,740,991 (2^53 − 1, the largest whole number a JavaScript number holds exactly).
error-forecast-bad-horizon = The forecast looks 1 to 6 years ahead. Give a horizon of 1 to 6 years.
error-forecast-bad-options = The forecast options are not in the expected form. Correct the option the error names, or leave the options out to use Kezek's own.
error-forecast-archive-out-of-range = The application would be archived for age after 31 December 2200, the last day Kezek can count with, so no forecast can be made. Check the date of birth.

# "Why?": the plain reason of each citation (Citation::plain_keys), written from the clause it names.
why-order254 = This comes from the rules for kindergarten services (order No. 254).
why-order254-cl3 = The rules define their terms here: the archive, a vacancy, early booking, the queue number and others.
why-order254-cl4 = The queue service is provided by the education department (in Astana, Almaty and Shymkent, the city's education administration) of the district or the town of regional significance.
why-order254-cl3-7 = Early booking: a referral can be taken for a place before it is actually vacated; the referral's term and admission start once the place is vacated.
why-order254-cl5 = To join the queue you apply at the office, through the State Corporation or on egov.kz, with the application of Annex 1 and the documents of item 8 of the requirement list.
why-order254-cl6 = On the portal the documents are received and registered on the day they arrive; the office checks within 30 minutes that they are complete and, if not, sends a reasoned refusal to your personal account.
why-order254-cl10 = A complaint about the office goes to its head or to the authority that oversees public services; the office considers it within 5 working days. A complaint about a State Corporation worker goes to the head of the State Corporation.
why-order254-cl11 = A complaint sent to the office or the State Corporation is considered within 5 working days of its registration.
why-order254-cl12 = The authority that oversees public services considers a complaint within 15 working days; if you disagree with the result, you can go to court.
why-order254-cl13 = The general queue is kept per settlement and per year of birth, each year its own queue; special kindergartens and groups have queues of their own.
why-order254-cl14 = In a queue, applications stand by the date and time they were submitted.
why-order254-cl15 = In one settlement a parent or legal representative may put the child on the queue “at least 3 (three) times” during the preschool years. Kezek's reading: the text sets no upper limit.
why-order254-cl16 = After an out-of-turn or first-priority referral to a state kindergarten, a parent who chooses another kindergarten joins the general queue one month later and gets a referral to a private kindergarten.
why-order254-cl17 = A child with special educational needs, with the documents confirming them, may stand in several queues at once: general, special and sanatorium.
why-order254-cl18 = To apply and to stay in the queue, the child must be no older than 6 on 1 September of the current year; children with special educational needs who have a PMPC conclusion are the exception. Kezek's reading: the child has not turned 6 before 1 September (a child turning 6 on 1 September is within the limit).
why-order254-cl19 = Choosing another kindergarten, the child leaves the current one and the parent applies to the queue again.
why-order254-cl20 = The queue is updated when out-of-turn or first-priority applications arrive, when a priority status changes, and when an application leaves the queue.
why-order254-cl20-1 = Children of servicemen, of employees of special state bodies and of law-enforcement officers get a place out of turn, under the laws this clause names.
why-order254-cl20-2 = Children of teachers, children whose legal representatives have a disability, children left without parental care, orphans, children of large families, children with special educational needs and children from a family raising a child with a disability get a place first.
why-order254-cl21 = Within each group applications stand by date and time; out-of-turn ones stand before first-priority ones, and a first-priority application is placed after every 3 general ones (“one in three”).
why-order254-cl22 = The education department (in Astana, Almaty and Shymkent, the city's education administration), which provides the queue service (cl. 4), checks the identity, the right to represent the child and any priority right twice, unless it has set another procedure — when the application is registered and after the referral; the originals are due within 5 working days, and only once they are confirmed does the application take its place.
why-order254-cl24 = The queue management system works around the clock and gives out places to applicants as they become free.
why-order254-cl24-2 = Every day the system receives from kindergartens the places that have become free, with their age group.
why-order254-cl24-3 = Every day at 18:00 the system publishes the bulletin of vacated places on a dedicated website.
why-order254-cl24-4 = Every day from 07:00 the system opens priority access to a referral for the first applicants only, for 3 working days.
why-order254-cl24-5 = The system lets applicants take an electronic referral to the kindergarten they have chosen.
why-order254-cl24-9 = The system takes the application of a child who has turned 6 out of the queue and moves it to the archive; children with special educational needs who have a PMPC conclusion, and children not yet 6 by 1 September of the current year, are the exception.
why-order254-cl24-10 = After 3 days, places still left are opened to the first 1000 applicants in the queue.
why-order254-cl28 = When a referral is given to children other than children not over 6 on 1 September of the current year and with special educational needs who have a PMPC conclusion, the child's age is counted in full years of the calendar year. The wording is unclear: see Kezek's note on the age.
why-order254-cl26 = A referral for the general queue is issued on the applicant's initiative, according to the order of the queue and the child's age.
why-order254-cl27 = A referral for the queue of a special or sanatorium kindergarten is issued according to the order of applications.
why-order254-cl30 = Within a day of the referral you may cancel it yourself; if you cannot come in time (illness, treatment, a business trip, leave), it can be extended once by up to 30 calendar days.
why-order254-cl31 = Admission is provided by the kindergarten itself, of whatever type.
why-order254-cl32 = For admission you bring the documents of item 8 of Annex 4 to the kindergarten or send them through the portal; with a complete set the child is admitted under a contract with a parent, an incomplete set gets a reasoned refusal.
why-order254-cl34 = The kindergarten does not admit a child when documents are missing or expired, when they show a medical contraindication, or for other reasons with the confirming documents.
why-order254-cl34-1 = The kindergarten does not admit a child when documents needed for the contract are missing or expired: the child's health passport and a health certificate issued not later than 3 calendar days from the day of the contract.
why-order254-cl34-2 = The kindergarten does not admit a child when the required documents show a medical contraindication.
why-order254-cl34-3 = The kindergarten does not admit a child for other reasons in presenting the confirming documents; the order does not say which.
why-order254-cl36 = A complaint about admission goes to the head of the kindergarten or to the authority that oversees the quality of public services: the kindergarten considers it within 5 working days, the authority within 15; if you disagree with the result of the service, you may go to court in the order the law sets.
why-order254-annex1 = The application form (Annex 1) is for one child ("my child born in …"); it has a box for each category, and the box ticked is what your application says.
why-order254-annex1-10 = The application form (Annex 1) has a box for a child who belongs to none of the listed categories.
why-order254-annex3 = When the set of documents is incomplete or a document has expired, the office or the State Corporation gives a written refusal to accept the documents (Annex 3) naming what is missing.
why-order254-annex5 = Annex 5 is the form of your consent to access to your restricted personal data, with a line at its head for the preschool organisation. Item 8 of Annex 2 lists applications on the forms of Annexes 1 and 5 among the documents for putting a child in the queue, and item 8 of Annex 4 an application on the form of Annex 5 among those for admission to the kindergarten.
why-requirements-row-1 = The service's requirement list names who provides it.
why-requirements-row-2 = The service's requirement list names the ways the application is accepted and the result issued.
why-requirements-row-3 = The service's requirement list sets how long the service takes, and the longest wait and service time at the counter.
why-requirements-row-3-1 = The service's requirement list sets how long the service takes.
why-requirements-row-3-2 = The service's requirement list sets the longest wait to hand in documents.
why-requirements-row-3-3 = The service's requirement list sets the longest service time at the counter.
why-requirements-row-4 = The service's requirement list sets its form: electronic or paper.
why-requirements-row-5 = The service's requirement list names what you receive as the result.
why-requirements-row-6 = The service's requirement list sets its fee.
why-requirements-row-7 = The service's requirement list sets the working hours of the places that take applications.
# Order No. 254, Annexes 2 and 4: row 3 is the term alone (the wait and service time are row 10).
why-order254-annex2-3 = The service's requirement list sets how long the service takes.
why-order254-annex4-3 = The service's requirement list sets how long the service takes.
# Annexes 3, 4, 5 (portal only): row 3 is the term alone, no wait at a counter.
why-order414-annex3-3 = The service's requirement list sets how long the service takes.
why-order414-annex4-3 = The service's requirement list sets how long the service takes.
why-order414-annex5-3 = The service's requirement list sets how long the service takes.
why-order414-annex6 = The title of the service's requirement list names whom it is for: an orphan and a child left without parental care.
why-order414-annex15 = The title of the service's requirement list names whom it is for: children living in remote rural settlements.
# Row 7 item 2 of Annexes 6, 13, 15, 18: the State Corporation's hours and whose place of registration it receives at.
why-order414-annex6-7-2 = The service's requirement list sets the State Corporation's working hours and at whose place of registration it takes applications.
why-order414-annex13-7-2 = The service's requirement list sets the State Corporation's working hours and at whose place of registration it takes applications.
why-order414-annex15-7-2 = The service's requirement list sets the State Corporation's working hours and at whose place of registration it takes applications.
why-order414-annex18-7-2 = The service's requirement list sets the State Corporation's working hours and at whose place of registration it takes applications.
# Annexes 7, 14, 16, 19: the State Corporation's receipt refusing an incomplete set.
why-order414-annex7 = This is the receipt form of order No. 414: when the set of documents is incomplete, the State Corporation refuses to accept the documents under art. 20 p. 2 of the Law on public services and names the missing documents in the receipt; one copy of the receipt stays with you.
why-order414-annex14 = This is the receipt form of order No. 414: when the set of documents is incomplete, the State Corporation refuses to accept the documents under art. 20 p. 2 of the Law on public services and names the missing documents in the receipt; one copy of the receipt stays with you.
why-order414-annex16 = This is the receipt form of order No. 414: when the set of documents is incomplete, the State Corporation refuses to accept the documents under art. 20 p. 2 of the Law on public services and names the missing documents in the receipt; one copy of the receipt stays with you.
why-order414-annex19 = This is the receipt form of order No. 414: when the set of documents is incomplete, the State Corporation refuses to accept the documents under art. 20 p. 2 of the Law on public services and names the missing documents in the receipt; one copy of the receipt stays with you.
# Annex 17 row 8 item 5, Annex 18 row 8 item 6: the status documents, one per category of children.
why-order414-annex17-8-5 = The service's requirement list names the categories of children and the document that proves each category's status.
why-order414-annex18-8-6 = The service's requirement list names the categories of children and the document that proves each category's status.
why-requirements-row-8 = The service's requirement list names the documents to bring or upload.
why-requirements-row-9 = The service's requirement list names the grounds on which the service may be refused.
why-requirements-row-10 = The service's requirement list sets its other requirements, such as how it is given online.
why-register39 = The register of public services describes this service: who provides it, how, in what form and for what fee.
why-order164 = This comes from the rules of the state creative order in children's creative clubs (order No. 164-НҚ).
why-order414 = This comes from order No. 414, which set the requirements of the family-and-children public services and amended the rules approved by orders No. 158, 407 and 513.
why-order414-cl1 = This comes from the rules for accrediting adoption agencies (order No. 513, as worded by order No. 414).
why-order414-cl2 = This comes from the rules for registering persons who wish to adopt (order No. 407, as worded by order No. 414).
why-order414-cl3 = This comes from the rules of this public service (order No. 158, as worded by order No. 414).
why-law-military-service-art52-3 = The Law on military service and the status of servicemen gives servicemen's children the right to a kindergarten place out of turn; clause 20 of the rules refers to it.
why-law-special-state-bodies-art78-8 = The Law on special state bodies gives their employees' children the right to a kindergarten place out of turn; clause 20 of the rules refers to it.
why-law-law-enforcement-service-art64-5 = The Law on law-enforcement service gives officers' children the right to a kindergarten place out of turn; clause 20 of the rules refers to it.
why-law-teacher-status-art12-3 = The Law on the status of a teacher gives teachers' children the right to a kindergarten place first; clause 20 of the rules refers to it.
why-law-holidays = The Law on holidays lists the public holidays; they are not working days, so terms counted in working days skip them.
why-labour-code-art84 = The Labour Code sets the days off and moves a holiday that falls on a day off; terms counted in working days follow it.

# A lawyer's third reading of order No. 254 (02.12.2026): information lines and their clauses.
reason-info-yearly-interest-reading = Kezek's reading: once a year, confirm that you still want a kindergarten place (cl. 23 sub. 2). The order does not say where to confirm it: look in your personal cabinet of the queue management system (cl. 23 sub. 4) or ask the education department (in Astana, Almaty and Shymkent, the city's education administration). The Rules update the queue when an applicant is no longer interested, but do not say what happens when a year passes without the confirmation: to be safe, confirm every year.
reason-info-referral-general-cl26 = General queue: the referral is issued on the applicant's initiative, according to the order of the queue and the child's age (cl. 26). Kezek's reading: "on the applicant's initiative" means that the system does not hand you the referral: you take it yourself, to the kindergarten you choose, when access to it opens for you (cl. 24 sub. 5); "the child's age" means a place in a group for the child's age (free places are reported with their age group, cl. 24 sub. 2; the age at the referral is counted by cl. 28).
reason-info-referral-special-sanatorium-cl27 = Special or sanatorium kindergarten queue: the referral is issued according to the order of applications (cl. 27).
reason-info-one-child-per-application-annex1 = Twins or several children: the application (Annex 1) is for one child — it asks to put in the queue "my child born in …", with that child's name. Kezek's reading: each child needs an application of its own; the one prepared here is for the child whose answers you gave.
reason-info-several-children-cl29 = If you have put several children in the general queue, when a referral is given you may choose to take referrals to that kindergarten for all of them at once, if it has places for all.
reason-info-complaint-state-corporation = A complaint about a State Corporation worker's actions or inaction goes to the head of the State Corporation, at the address on its website.
why-order254-cl20-7 = The queue is updated when an applicant is no longer interested in a kindergarten place.
why-order254-cl23 = The applicant may apply, change or withdraw the application, take, cancel or extend a referral, confirm once a year the interest in a place, and follow the vacated places.
why-order254-cl23-2 = Once a year the applicant may confirm the interest in a kindergarten place.
why-order254-cl29 = An applicant with several children in the general queue may take referrals for all of them to one kindergarten at once, if it has the places, at the applicant's choice.
