//! Order No. 414, Annex 20 (00402013, the decision on the opinion of a child
//! aged ten), row 8 item 4: «… ата-анасының біреуінің балаға қамқорлығының
//! болмау фактісін растайтын құжаттардың электрондық көшірмесі: қайтыс болу
//! туралы куәлік немесе хабарлама, … туу туралы анықтама және т. б.» — an
//! electronic copy, though row 2 takes the application only «көрсетілетін
//! қызметті берушінің кеңсесі арқылы». The screen said «Копия».

use kezek_rules::catalogue::{checklist, ServiceChannel, Supply};
use kezek_rules::testing::family_facts as facts;
use serde_json::json;

#[test]
fn ann20_row8_item4_parent_not_caring_proof_is_an_electronic_copy_as_the_annex_says() {
    let f = facts(json!({"one_parent_not_caring": true, "child_birth_date": "2014-01-01"}));
    let lines = checklist("00402013", ServiceChannel::OFFICE, None, &f).unwrap();
    let proof = lines
        .iter()
        .find(|l| l.id == "parent_not_caring_proof")
        .expect("listed when one parent does not care");
    assert_eq!(proof.supply, Supply::ElectronicCopy, "{proof:?}");
    // The marriage certificate of the same item 4 is «куәліктің көшірмесі»: a copy.
    let married = facts(json!({"married": true, "married_abroad": true}));
    let lines = checklist("00402013", ServiceChannel::OFFICE, None, &married).unwrap();
    let cert = lines
        .iter()
        .find(|l| l.id == "marriage_certificate")
        .unwrap();
    assert_eq!(cert.supply, Supply::Copy);
}
