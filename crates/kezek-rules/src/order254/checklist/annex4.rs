//! Annex 4 p. 8 of order No. 254 (admission, 00403002): the list of
//! documents, one row per item as the original numbers them, at the
//! preschool's office and on the portal. Data only; [`super::build`]
//! evaluates it.

use super::{if_any, spec, Spec};
use crate::checklist::{Condition as C, Form as F, Source as S};
use crate::documents::DocumentKind as D;

/// Annex 4 p. 8, preschool's office: 7 items.
pub(super) const ANNEX4_OFFICE: &[Spec] = &[
    spec(1, D::Referral, C::Always, S::Parent, F::OriginalOrDigital),
    spec(2, D::ApplicationForm, C::Always, S::Kezek, F::Original),
    spec(
        3,
        D::ApplicantIdentity,
        C::Always,
        S::DigitalDocuments,
        F::OriginalOrDigital,
    ),
    spec(
        4,
        D::BirthCertificate,
        C::Always,
        S::DigitalDocuments,
        F::OriginalOrDigital,
    ),
    spec(5, D::VaccinationCard, C::Always, S::Parent, F::Original),
    spec(6, D::HealthCertificate, C::Always, S::Parent, F::Original),
    spec(
        7,
        D::PmpcConclusion,
        C::SpecialEducationalNeeds,
        S::Parent,
        F::Original,
    ),
];

/// Annex 4 p. 8, portal: 7 items.
pub(super) const ANNEX4_PORTAL: &[Spec] = &[
    spec(1, D::Referral, C::Always, S::Parent, F::SignedElectronic),
    spec(
        2,
        D::ApplicationForm,
        C::Always,
        S::Kezek,
        F::SignedElectronic,
    ),
    spec(
        3,
        D::ApplicantIdentity,
        C::Always,
        S::DigitalDocuments,
        F::OriginalOrDigital,
    ),
    spec(
        4,
        D::BirthCertificate,
        C::Always,
        S::DigitalDocuments,
        F::OriginalOrDigital,
    ),
    spec(5, D::VaccinationCard, C::Always, S::Parent, F::Scan),
    spec(6, D::HealthCertificate, C::Always, S::Parent, F::Scan),
    if_any(spec(
        7,
        D::PmpcConclusion,
        C::SpecialEducationalNeeds,
        S::Parent,
        F::Scan,
    )),
];
