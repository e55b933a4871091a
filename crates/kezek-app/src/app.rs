//! The root component: page frame and the current step of the wizard.

use yew::prelude::*;

/// The whole application.
#[function_component(App)]
pub fn app() -> Html {
    html! {
        <main class="kz-app">
            <header class="kz-header">
                <h1>{ "Kezek" }</h1>
                <p class="kz-edition">{ kezek_rules::EDITION }</p>
            </header>
            <section class="kz-step" aria-labelledby="kz-step-title">
                <h2 id="kz-step-title" tabindex="-1">{ "Step 1: which service do you need?" }</h2>
            </section>
        </main>
    }
}
