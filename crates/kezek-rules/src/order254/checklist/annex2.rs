//! Annex 2 p. 8 of order No. 254 (queue registration, 00403001): the list of
//! documents, one row per item as the original numbers them, for the
//! provider's office or the State Corporation and for the portal. Data only;
//! [`super::build`] evaluates it.

use super::{if_any, spec, Spec};
use crate::checklist::{Condition as C, Form as F, Source as S};
use crate::documents::DocumentKind as D;

/// Annex 2 p. 8, provider's office or State Corporation: 8 items.
pub(super) const ANNEX2_OFFICE: &[Spec] = &[
    spec(1, D::ApplicationForm, C::Always, S::Kezek, F::Original),
    spec(
        2,
        D::BirthCertificate,
        C::Always,
        S::ShowAndGateway,
        F::OriginalOrDigital,
    ),
    spec(
        3,
        D::ApplicantIdentity,
        C::Always,
        S::ShowAndGateway,
        F::OriginalOrDigital,
    ),
    if_any(spec(
        4,
        D::ServiceWorkplaceCertificate,
        C::OutOfTurnGround,
        S::Parent,
        F::Original,
    )),
    spec(
        5,
        D::TeacherWorkplaceCertificate,
        C::Teacher,
        S::Parent,
        F::Original,
    ),
    spec(5, D::TeacherDiploma, C::Teacher, S::Parent, F::Scan),
    if_any(spec(
        6,
        D::PmpcConclusion,
        C::SpecialEducationalNeeds,
        S::Parent,
        F::Original,
    )),
    spec(
        7,
        D::PhthisiatricianConclusion,
        C::Always,
        S::Parent,
        F::Original,
    ),
    spec(
        8,
        D::FirstPriorityProof,
        C::SocialPriorityGround,
        S::EgovGateway,
        F::OriginalOrDigital,
    ),
];

/// Annex 2 p. 8, portal: 5 items.
pub(super) const ANNEX2_PORTAL: &[Spec] = &[
    spec(
        1,
        D::ApplicationForm,
        C::Always,
        S::Kezek,
        F::SignedElectronic,
    ),
    if_any(spec(
        2,
        D::ServiceWorkplaceCertificate,
        C::OutOfTurnGround,
        S::Parent,
        F::Scan,
    )),
    spec(
        3,
        D::TeacherWorkplaceCertificate,
        C::Teacher,
        S::Parent,
        F::Scan,
    ),
    spec(3, D::TeacherDiploma, C::Teacher, S::Parent, F::Scan),
    if_any(spec(
        4,
        D::PmpcConclusion,
        C::SpecialEducationalNeeds,
        S::Parent,
        F::Scan,
    )),
    spec(
        5,
        D::PhthisiatricianConclusion,
        C::Always,
        S::Parent,
        F::Scan,
    ),
];
