"""An attachment's round trip in a real browser (issue 22): the caseworker opens *Tilføj bilag* from a child's page,
attaches a generated PDF (no personal data) with a title, a date and a sender, finds it on the timeline, and the file
downloads byte for byte with the browser's session; it is not readable in the data directory. A `.pdf` that is really an
executable is refused, naming the file field, and nothing is saved."""

import secrets
import subprocess
from urllib.parse import urlparse

import requests


def _pdf(marker: str) -> bytes:
    text = f"BT /F1 12 Tf 72 712 Td ({marker}) Tj ET"
    return (
        "%PDF-1.4\n"
        "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
        f"4 0 obj << /Length {len(text)} >> stream\n{text}\nendstream endobj\n"
        "trailer << /Root 1 0 R >>\n%%EOF\n"
    ).encode()


def _open_first_child(spor) -> str:
    spor.login("caseworker")
    spor.open("/children")
    links = spor.find_all("a.child-link")
    assert links, "no a.child-link on /children"
    child_path = urlparse(links[0].get_attribute("href")).path
    spor.open(child_path)
    spor.wait_for("a#step-link-attachment")
    return child_path


def test_an_attachment_is_uploaded_listed_and_downloaded_byte_for_byte(spor, spor_server_info, tmp_path):
    marker = "E2E-BILAG-" + secrets.token_hex(6)
    content = _pdf(marker)
    upload = tmp_path / "skolens-udtalelse.pdf"
    upload.write_bytes(content)
    child_path = _open_first_child(spor)

    spor.actions = 0
    spor.click("a#step-link-attachment", wait=True)
    spor.wait_for("form#attachment-form")
    spor.checkpoint("attachment-form")
    spor.type("input#attachment-title", "Skolens udtalelse (E2E)")
    spor.type("input#attachment-sender", "Skolen, klasselærer")
    spor.type("input#attachment-file", str(upload))  # send_keys on the file input
    spor.click("button#attachment-submit", wait=True)
    assert spor.actions <= 5, spor.actions

    spor.wait_for_path(child_path)
    assert not spor.find_all(".error"), [e.text for e in spor.find_all(".error")]
    assert spor.wait_for(".notice").text
    main = spor.find("main").text
    assert "Skolens udtalelse (E2E)" in main
    assert "Skolen, klasselærer" in main
    assert "PDF" in main
    spor.checkpoint("child-with-attachment")

    links = [a for a in spor.find_all("a.attachment-download") if "skolens-udtalelse.pdf" in a.text]
    assert links, "no download link for the attachment"
    href = links[0].get_attribute("href")
    session = requests.Session()
    for cookie in spor.driver.get_cookies():
        session.cookies.set(cookie["name"], cookie["value"])
    response = session.get(href, allow_redirects=False, timeout=30)
    assert response.status_code == 200, response.status_code
    assert response.content == content
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Content-Disposition"] == 'attachment; filename="skolens-udtalelse.pdf"'
    assert response.headers["X-Content-Type-Options"] == "nosniff"

    # Without the session: no file.
    anonymous = requests.get(href, allow_redirects=False, timeout=30)
    assert anonymous.status_code in (302, 303), anonymous.status_code
    assert marker.encode() not in anonymous.content

    # Not readable at rest: grep finds the marker nowhere in the data directory (the files folder, the database).
    data_dir = spor_server_info.log_path.parent / "data"
    assert (data_dir / "files").is_dir()
    found = subprocess.run(["grep", "-r", "-l", "-a", marker, str(data_dir)], capture_output=True, text=True)
    assert found.returncode == 1, f"found in {found.stdout}"


def test_an_executable_named_pdf_is_refused_and_nothing_is_saved(spor, tmp_path):
    fake = tmp_path / "x.pdf"
    fake.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(200))
    child_path = _open_first_child(spor)
    before = len(spor.find_all("li.kind-attachment"))
    spor.click("a#step-link-attachment", wait=True)
    spor.type("input#attachment-title", "Ikke et dokument")
    spor.type("input#attachment-sender", "Ukendt")
    spor.type("input#attachment-file", str(fake))
    spor.click("button#attachment-submit", wait=True)
    error = spor.wait_for("#attachment-file-error")
    assert "PDF" in error.text
    # What was typed comes back; the file must be chosen again.
    assert spor.find("input#attachment-title").get_attribute("value") == "Ikke et dokument"
    spor.checkpoint("attachment-refused")
    spor.open(child_path)
    assert len(spor.find_all("li.kind-attachment")) == before
