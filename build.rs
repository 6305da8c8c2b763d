//! The Windows executable carries the app icon (packaging/windows/navixy-panel.rc);
//! on every other target this does nothing.

fn main() {
    println!("cargo:rerun-if-changed=packaging/windows/navixy-panel.rc");
    println!("cargo:rerun-if-changed=assets/navixy-panel.ico");
    // Cosmetic: a Windows build without a resource compiler still builds.
    if let Err(e) =
        embed_resource::compile("packaging/windows/navixy-panel.rc", embed_resource::NONE)
            .manifest_optional()
    {
        println!("cargo:warning=the Windows icon is not built in: {e}");
    }
}
