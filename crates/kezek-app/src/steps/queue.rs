//! TEMP
use super::StepProps;
use yew::prelude::*;
/// TEMP
#[function_component(QueueStep)]
pub fn queue_step(_p: &StepProps) -> Html {
    html! {}
}
