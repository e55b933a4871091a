//! What both orders share («ортақ»): the pieces every rule of order No. 254
//! and order No. 414 is counted with, defined once.
//!
//! | module | what it is |
//! |---|---|
//! | [`citation`] | where in the law a rule comes from («сілтеме») |
//! | [`calendar`] | the working-day calendar of Kazakhstan («жұмыс күндері») |
//! | [`offices`] | each office's hours, declared once, and the one way terms are counted in them («жұмыс кестесі») |
//! | [`dates`] | the one date parser and the one local date-time type and parser ([`dates::LocalDateTime`], [`dates::local_datetime`]), bounded to 1900–2200 |
//! | [`ages`] | age arithmetic: full years and months, anniversaries («толық жасы») |
//! | [`digest`] | the SHA-256 digest of a prepared application |
//! | [`iin`] | the individual identification number («ЖСН») |
//! | [`messages`] | the Fluent texts of every code, in kk, ru and en |
//! | [`wire`] | the one error object and input bound of every door |

pub mod ages;
pub mod calendar;
pub mod citation;
pub mod dates;
pub mod digest;
pub mod iin;
pub mod messages;
pub mod offices;
pub mod wire;
