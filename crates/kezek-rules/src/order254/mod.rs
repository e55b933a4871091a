//! Order No. 254 of 19.06.2020 («Мектепке дейінгі білім беру саласында
//! мемлекеттік қызметтер көрсету қағидалары»), as amended by order No. 464 of
//! 18.11.2022: queue registration (00403001) and admission (00403002).
//!
//! The input is a [`case::Case`]; [`evaluate::evaluate`] returns one
//! [`evaluate::Evaluation`] with every part below.
//!
//! | module | clause | what it decides |
//! |---|---|---|
//! | [`service`] | cl. 1–5, Annex 2/4 p. 2 | the two services and their channels |
//! | [`case`] | — | the input: child, family, applicant, documents held |
//! | [`edition`] | — | which text is in force on the day |
//! | [`age`] | cl. 18, 24 p. 9, 28 | age eligibility |
//! | [`category`] | cl. 20, 21 | out-of-turn / first priority / general |
//! | [`queues`] | cl. 13, 14, 17 | which queues the child may stand in |
//! | [`limits`] | cl. 15, 16, 19 | how many times, change of preschool |
//! | [`documents`] | Annex 2/4 p. 8 | documents and their validity |
//! | [`checklist`] | Annex 2/4 p. 8 | the list for the chosen channel |
//! | [`schedule`] | Annex 2/4 p. 3, 7; cl. 22, 30 | acceptance, result, originals |
//! | [`refusal`] | Annex 2/4 p. 9 | refusal risks and the receipt preview |
//! | [`reason`] | — | the machine-readable "why" of each line |
//! | [`payload`] | Annex 1, 5 | the application to hand off, with its digest |
//! | [`codes`] | — | the one spelling of each answer and outcome |
//! | [`catalogue_facts`] | cl. 20 p. 2 | what the preschool answers tell the family services |
//! | [`information`] | cl. 10–12, 24, 36; Annex 2 p. 10 | complaints, bulletin times, home visits |
//! | [`evaluate`] | — | all of the above in one result |

pub mod age;
pub mod case;
pub mod catalogue_facts;
pub mod category;
pub mod checklist;
pub mod codes;
pub mod documents;
pub mod edition;
pub mod evaluate;
pub mod information;
pub mod limits;
pub mod payload;
pub mod queues;
pub mod reason;
pub mod refusal;
pub mod schedule;
pub mod service;
