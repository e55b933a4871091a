//! Certificates on guardianship and trusteeship («Қорғаншылық және
//! қамқоршылық жөнінде анықтамалар беру»), register code 00402002: the
//! requirement list of Annex 4 to order No. 414 (Annex 2 of the rules in
//! order No. 158, cl. 3).
//!
//! Portal only, fully automated, 30 minutes. Row 8 asks for nothing but
//! «Белгіленген нысандағы өтініш»: the guardianship itself is read by the
//! provider from its own records, so the app's checklist has one line.

use super::parts::{doc, g_nla, g_unreliable, generic_cdef, ground, term_all};
use super::*;

const A: u8 = 4;
const G: [RefusalGround; 4] = generic_cdef(A, 3);

/// Annex 4.
pub const ENTRY: CatalogueEntry = CatalogueEntry {
    code: "00402002",
    annex: A,
    register_row: 185,
    provider_key: "provider-education-departments",
    channels: &[ServiceChannel::PORTAL],
    // Row 3 reads only «30 (отыз) минут».
    terms: &[term_all(Term::Minutes(30), cite(A, 3, None)).start_unstated()],
    in_person: &[],
    state_corporation_reception: None,
    form: ServiceForm::ElectronicFullyAutomated,
    free: true,
    documents: &[DocumentList {
        channels: &[ServiceChannel::PORTAL],
        variant: None,
        items: &[doc(
            "application",
            "doc-application-established-form",
            Condition::Always,
            Supply::Application,
            cite(A, 8, None),
        )],
    }],
    // Row 9: 1) unreliable; 2) Gov. decree No. 382 of 30.03.2012; 3) NLAs
    // (generic b); 4) court ban; 5) special right; 6) consent. The list
    // has no «negative approval» ground, so generic (c)–(f) shift: we use
    // items 4–6 of the generic list only.
    refusal_grounds: &[
        g_unreliable(A, 1),
        ground(
            "noncompliant-decree-382",
            Condition::When(Fact::NoncompliantWithActs),
            cite(A, 9, Some(2)),
        ),
        g_nla(A, 3),
        shift(G[1], 4),
        shift(G[2], 5),
        shift(G[3], 6),
    ],
    eligibility: &[],
    scope: &[],
    life_situation: LifeSituation::BecomingGuardian,
    audience: Audience::Individuals,
    in_scope_for_parents: true,
    out_of_scope_key: None,
};

/// The ground with its row-9 item renumbered.
const fn shift(g: RefusalGround, item: u16) -> RefusalGround {
    RefusalGround {
        citation: cite(A, 9, Some(item)),
        ..g
    }
}
