"""The UI is Danish by default and can be switched to English (and back)."""


def switch_language(spor, lang):
    spor.submit_and_wait(f"form#language-form button[name=lang][value={lang}]")
    spor.wait().until(lambda d: spor.html_lang() == lang,
                      f"<html lang> did not become {lang!r}")


def test_language_switch_to_english(spor):
    spor.login("caseworker")
    spor.wait_for_path("/tray")
    assert spor.html_lang() == "da", "Danish should be the default language"
    danish_h1 = spor.find("h1").text

    switch_language(spor, "en")
    assert spor.find_all("main#main"), "no <main id=\"main\"> after switching language"
    spor.checkpoint("english")

    # The choice sticks when opening a page again.
    spor.open("/children")
    spor.wait_for("h1")
    assert spor.html_lang() == "en", "the English choice did not stick"
    english_h1 = spor.find("h1").text
    assert english_h1.strip(), "empty <h1> in English"
    print(f"h1: da={danish_h1!r} en={english_h1!r}")
    spor.checkpoint("english-again")

    switch_language(spor, "da")
    spor.checkpoint("danish-again")
