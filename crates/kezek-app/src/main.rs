//! Entry point of the browser app: mounts [`kezek_app::App`] on `<body>`.

fn main() {
    yew::Renderer::<kezek_app::App>::new().render();
}
