//! What both orders share («ортақ»): the pieces every rule of order No. 254
//! and order No. 414 is counted with, defined once.
//!
//! | module | what it is |
//! |---|---|
//! | [`citation`] | where in the law a rule comes from («сілтеме») |
//! | [`calendar`] | the working-day calendar of Kazakhstan («жұмыс күндері») |
//! | [`dates`] | the one date and date-time parser, bounded to 1900–2200 |
//! | [`iin`] | the individual identification number («ЖСН») |
//! | [`messages`] | the Fluent texts of every code, in kk, ru and en |
//! | [`wire`] | the one error object and input bound of every door |

pub mod calendar;
pub mod citation;
pub mod dates;
pub mod iin;
pub mod messages;
pub mod wire;
