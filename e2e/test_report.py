"""The yearly status report in a real browser: policy staff edit a section, save a version, open the print
view, and the DOCX they download opens in python-docx with the report's headings, tables and text."""

import io
import uuid

import docx
import requests


def test_report_version_print_view_and_docx(spor, spor_server):
    tag = uuid.uuid4().hex[:6]
    spor.login("policy")
    spor.open("/policy/report/2025")
    spor.wait_for("form#report-form")
    body = spor.find("textarea#section-1-body")
    body.clear()
    body.send_keys(f"E2E {tag}: status for året")
    spor.submit_and_wait("button#report-submit")
    assert "udgave" in spor.wait_for(".notice").text
    spor.checkpoint("report-saved")

    spor.open("/policy/report/2025/export/html")
    assert f"E2E {tag}: status for året" in spor.find("body").text
    spor.checkpoint("print-view")

    cookies = {c["name"]: c["value"] for c in spor.driver.get_cookies()}
    response = requests.get(f"{spor_server}/policy/report/2025/export/docx", cookies=cookies, timeout=30)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    document = docx.Document(io.BytesIO(response.content))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert any("Tidlig opsporing og indsats" in h for h in headings), headings
    assert any(f"E2E {tag}: status for året" in p.text for p in document.paragraphs)
    assert document.tables, "the initiatives and indicators are tables"
    assert any("Initiativ" in cell.text for table in document.tables for cell in table.rows[0].cells)
