//! The public services («мемлекеттік көрсетілетін қызмет») and the channels
//! through which a parent applies for them.

use serde::{Deserialize, Serialize};

/// A public service of order No. 254, by its code in the register (order No. 39/НҚ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Service {
    /// 00403001 «Мектепке дейінгі (6 жасқа дейін) жастағы балаларды мектепке дейінгі
    /// ұйымдарға жіберу үшін кезекке қою» — queue registration of preschool children.
    #[serde(rename = "00403001")]
    QueueRegistration,
    /// 00403002 «Мектепке дейінгі ұйымдарға құжаттар қабылдау және балаларды қабылдау»
    /// — acceptance of documents and admission to a preschool organisation.
    #[serde(rename = "00403002")]
    Admission,
}

impl Service {
    /// Both services of order No. 254, in register order.
    pub const ALL: [Service; 2] = [Service::QueueRegistration, Service::Admission];

    /// The register code, e.g. `"00403001"`.
    pub const fn code(self) -> &'static str {
        match self {
            Service::QueueRegistration => "00403001",
            Service::Admission => "00403002",
        }
    }

    /// The service of a register code ([`Service::code`]), `None` for any
    /// other text (a family-and-children service's code, say).
    pub fn from_code(code: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether `channel` provides this service: queue registration at the
    /// provider's office, the State Corporation and the portal (Annex 2 p. 2);
    /// admission at the preschool and the portal, not at the State Corporation
    /// (Annex 4 p. 2).
    pub const fn offered_through(self, channel: Channel) -> bool {
        !matches!(
            (self, channel),
            (Service::Admission, Channel::StateCorporation)
        )
    }
}

/// A question about the child whose answer only some services read:
/// step 2 asks it only where [`Service::asks`] says the service reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChildQuestion {
    /// How many times the child was already queued in the settlement
    /// (`times_queued_in_settlement`, cl. 15): read by the registration
    /// limits only ([`crate::limits`]).
    TimesQueuedInSettlement,
    /// The sanatorium queue's type of rehabilitation or prevention (`child.sanatorium`, cl. 13
    /// para 4): a queue to stand in ([`crate::queues`]).
    Sanatorium,
    /// The disorders the PMPC conclusion names (`child.disorders`, cl. 13
    /// paras 2–3): the special queues ([`crate::queues`]).
    Disorders,
}

impl ChildQuestion {
    /// Every such question, in step 2's order.
    pub const ALL: [ChildQuestion; 3] = [
        ChildQuestion::Disorders,
        ChildQuestion::Sanatorium,
        ChildQuestion::TimesQueuedInSettlement,
    ];
}

impl Service {
    /// Whether this service's evaluation reads the answer to `q`. The queue
    /// questions are queue registration's (cl. 13, cl. 15): at admission
    /// the child already holds the referral the queue gave, no refusal
    /// ground of Annex 4 p. 9, no document of Annex 4 p. 8 and nothing of
    /// the admission application turns on them, and the evaluation's
    /// queues and limits are not shown — so the admission does not ask
    /// them (the rules' test
    /// `admission_reads_none_of_the_queue_questions` holds this).
    pub const fn asks(self, q: ChildQuestion) -> bool {
        match (self, q) {
            (Service::QueueRegistration, _) => true,
            (
                Service::Admission,
                ChildQuestion::TimesQueuedInSettlement
                | ChildQuestion::Sanatorium
                | ChildQuestion::Disorders,
            ) => false,
        }
    }
}

/// How the application is made («өтінішті қабылдау және нәтижені беру тәсілдері»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// The service provider's office («көрсетілетін қызметті берушінің кеңсесі»):
    /// the local education body or the preschool organisation.
    ProviderOffice,
    /// The State Corporation «Government for Citizens» («Мемлекеттік корпорация»).
    StateCorporation,
    /// The «electronic government» web portal egov.kz («портал»).
    EgovPortal,
}

impl Channel {
    /// The three channels, in the order step 1 lists them.
    pub const ALL: [Channel; 3] = [
        Channel::EgovPortal,
        Channel::StateCorporation,
        Channel::ProviderOffice,
    ];

    /// The one spelling, as serialised: `provider_office`,
    /// `state_corporation` or `egov_portal`.
    pub const fn code(self) -> &'static str {
        match self {
            Channel::ProviderOffice => "provider_office",
            Channel::StateCorporation => "state_corporation",
            Channel::EgovPortal => "egov_portal",
        }
    }

    /// The channel of a [`Channel::code`], `None` for any other text.
    pub fn from_code(code: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_serialise_as_register_codes() {
        assert_eq!(
            serde_json::to_string(&Service::QueueRegistration).unwrap(),
            "\"00403001\""
        );
        assert_eq!(
            serde_json::from_str::<Service>("\"00403002\"").unwrap(),
            Service::Admission
        );
        assert_eq!(Service::Admission.code(), "00403002");
        assert_eq!(
            serde_json::to_string(&Channel::EgovPortal).unwrap(),
            "\"egov_portal\""
        );
    }

    #[test]
    fn a_channel_code_is_its_serialised_name() {
        for c in Channel::ALL {
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                format!("\"{}\"", c.code())
            );
            assert_eq!(Channel::from_code(c.code()), Some(c));
        }
        for s in Service::ALL {
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.code())
            );
            assert_eq!(Service::from_code(s.code()), Some(s));
        }
        assert_eq!(Service::from_code("00201001"), None);
        assert_eq!(Channel::from_code("office"), None);
    }
}
