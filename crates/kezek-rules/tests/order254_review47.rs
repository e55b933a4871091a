//! Order No. 254 at the year's turn when 31 December is no working day
//! (review47): the README said the other reading of working time moves an
//! application into the next year "between 17:30 and 18:30 on 31
//! December"; it does so on the year's last working day.

use kezek_rules::testing::order254::{codes, portal_born as portal};
use kezek_rules::testing::{at, date};

/// Annex 2 p. 7 sub. 1 and 3 with cl. 18 and cl. 24 sub. 9: 31.12.2028 is a
/// Sunday, so the year's last working day is Friday 29.12.2028. Sent on
/// egov.kz at 17:45, the application is accepted that day by Kezek's
/// working time (to 18:30), but on the next working day in 2029 if working
/// time ends with the reception at 17:30: a child born 02.01.2023, within
/// cl. 18's limit in 2028, is then 6 and turned 6 before 1 September 2029
/// — out of the queue on either reading of cl. 18 on that reading
/// (`age.turned_six_next_year_after_reception_reading`). At 17:29 the
/// application is accepted that day on either reading: no such line.
#[test]
fn annex2_7_cl24_9_the_years_last_working_day_not_31_december() {
    let window = "age.turned_six_next_year_after_reception_reading";
    let born = date(2023, 1, 2);
    let late = portal(born, at(2028, 12, 29, 17, 45));
    assert!(
        codes(&late["age"]["reasons"]).contains(&window),
        "{}",
        late["age"]["reasons"]
    );
    let early = portal(born, at(2028, 12, 29, 17, 29));
    assert!(
        !codes(&early["age"]["reasons"]).contains(&window),
        "{}",
        early["age"]["reasons"]
    );
}
