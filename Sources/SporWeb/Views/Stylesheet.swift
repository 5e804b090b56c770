import Vapor

/// The one small stylesheet. Large text works: sizes are in rem and the layout reflows.
enum Stylesheet {
    @Sendable static func serve(_ request: Request) async throws -> Response {
        let response = Response(status: .ok, body: .init(string: css))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return response
    }

    static let css = """
    :root { --ink: #1d2a33; --muted: #4f5d66; --line: #c9d3d9; --bg: #f6f8f9; --accent: #0b5a7a; --accent-ink: #fff;
      --green: #1e6b3a; --yellow: #7a5a00; --red: #9b1c1c; font-size: 100%; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); line-height: 1.5; }
    a { color: var(--accent); }
    a:focus, button:focus, input:focus, select:focus, textarea:focus, summary:focus { outline: 3px solid #f0b400; outline-offset: 2px; }
    .skip-link { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; }
    .skip-link:focus { left: 1rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .site-header { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; padding: .75rem 1.5rem; background: #fff; border-bottom: 1px solid var(--line); }
    .brand a { font-weight: 700; font-size: 1.35rem; text-decoration: none; color: var(--accent); }
    .brand .tagline { display: block; font-size: .85rem; color: var(--muted); }
    nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
    nav a { text-decoration: none; padding: .25rem 0; border-bottom: 3px solid transparent; }
    nav a[aria-current=page] { border-bottom-color: var(--accent); font-weight: 600; }
    .session { margin-left: auto; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; font-size: .9rem; }
    .session form { display: inline; margin: 0; }
    .session .who { color: var(--muted); }
    #language-form button { border: 1px solid var(--line); background: #fff; padding: .15rem .5rem; cursor: pointer; color: var(--ink); }
    #language-form button[aria-pressed=true] { background: var(--accent); color: var(--accent-ink); border-color: var(--accent); }
    .link-button { background: none; border: none; color: var(--accent); text-decoration: underline; cursor: pointer; font: inherit; padding: 0; }
    main { max-width: 78rem; margin: 0 auto; padding: 1.5rem; }
    h1 { font-size: 1.75rem; margin: .25rem 0 1rem; }
    h2 { font-size: 1.2rem; margin: 1.25rem 0 .5rem; }
    .site-footer { max-width: 78rem; margin: 2rem auto; padding: 0 1.5rem; color: var(--muted); font-size: .85rem; }
    .demo-mark { font-weight: 600; }
    .notice { background: #e4f2ea; border-left: 4px solid var(--green); padding: .5rem 1rem; }
    .error { background: #fbeaea; border-left: 4px solid var(--red); padding: .5rem 1rem; color: #5c1010; }
    .empty, .muted, .meta, .hint { color: var(--muted); }
    .meta { font-size: .85rem; margin: .25rem 0; }
    table.list { border-collapse: collapse; width: 100%; background: #fff; }
    table.list th, table.list td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    table.list thead th { background: #eef2f4; }
    table.list td:nth-last-child(-n+2) { white-space: nowrap; }
    .concern { display: inline-block; padding: .05rem .5rem; border-radius: 1rem; font-size: .85rem; font-weight: 600; border: 1px solid; }
    .concern-1 { color: var(--green); background: #e4f2ea; }
    .concern-2 { color: #3f5f00; background: #eef5dc; }
    .concern-3 { color: var(--yellow); background: #fbf1d3; }
    .concern-4 { color: #8a3b00; background: #fbe5d3; }
    .concern-5 { color: var(--red); background: #fbeaea; }
    .login { max-width: 26rem; }
    .field { margin: .6rem 0; display: flex; flex-direction: column; gap: .2rem; }
    .field label { font-weight: 600; }
    .field-error { color: var(--red); margin: 0; font-weight: 600; }
    .has-error input, .has-error textarea, .has-error select { border-color: var(--red); }
    input[type=text], input[type=password], input[type=search], input[type=datetime-local], input[type=date], select, textarea {
      font: inherit; padding: .4rem .5rem; border: 1px solid #8a979f; border-radius: 4px; background: #fff; color: var(--ink); max-width: 100%; }
    textarea { width: 100%; }
    form.narrow, #meeting-form { max-width: 44rem; }
    fieldset { border: 1px solid var(--line); border-radius: 4px; margin: .75rem 0; }
    .action-row { display: grid; grid-template-columns: 2fr 2fr 1fr; gap: .5rem; }
    @media (max-width: 40rem) { .action-row { grid-template-columns: 1fr; } }
    .countdown.overdue { color: var(--red); font-weight: 700; }
    dl.sos dt { font-weight: 600; margin-top: .25rem; }
    dl.sos dd { margin: 0 0 .25rem 0; }
    button { font: inherit; padding: .45rem 1rem; border-radius: 4px; border: 1px solid var(--accent); background: #fff; color: var(--accent); cursor: pointer; }
    button.primary { background: var(--accent); color: var(--accent-ink); }
    fieldset.check { border: none; padding: 0; }
    fieldset.choices .choice { display: inline-flex; gap: .35rem; align-items: center; margin: .25rem 1.25rem .25rem 0; }
    .level-steer { display: none; border-left: 4px solid var(--red); padding: .5rem 1rem; margin: .75rem 0; }
    .level-steer.shown, #submission-form:has(#submission-kind option[value=concern]:checked):has(#submission-level option[value="4"]:checked, #submission-level option[value="5"]:checked) .level-steer { display: block; }
    .starts-note { display: none; font-weight: 600; }
    .starts-note.shown, .assessment-form:has(select[name=nextStep] option[value=focusedAssessment]:checked) .starts-focusedAssessment, .assessment-form:has(select[name=nextStep] option[value=investigation]:checked) .starts-investigation { display: block; }
    .check { display: flex; gap: .5rem; align-items: center; margin: .5rem 0; }
    .child-header { background: #fff; border: 1px solid var(--line); padding: 1rem 1.25rem; border-radius: 6px; }
    .child-header h1 { margin-top: 0; }
    .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .5rem 1.5rem; margin: 0; }
    .facts dl { min-width: 0; margin: 0; }
    .facts dt { font-size: .8rem; color: var(--muted); }
    .facts dd { margin: 0; font-weight: 600; }
    .indicator-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: 1rem; margin-top: 1rem; }
    .indicator-card { background: #fff; border: 1px solid var(--line, #d0d7de); border-radius: 6px; padding: .75rem 1rem; }
    .indicator-card h2 { font-size: 1.05rem; margin: 0 0 .25rem; }
    .indicator-card svg.trend { width: 100%; height: auto; max-height: 7rem; }
    .glance-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; margin-top: 1rem; }
    .glance-card { background: #fff; border: 1px solid var(--line, #d0d7de); border-radius: 6px; padding: .75rem 1rem; }
    .glance-card h3 { margin: 0 0 .5rem; font-size: 1rem; }
    .glance-card ul, .glance-card ol { margin: 0; padding-left: 1.1rem; }
    .glance-card li { margin-bottom: .35rem; }
    .glance-card li.overdue strong::before { content: "⚠ "; }
    .concern-trail { list-style: none; padding-left: 0 !important; }
    form.filter { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; margin-bottom: 1rem; }
    form.filter .field { margin: 0; }
    .child-layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(18rem, 1fr); gap: 1.5rem; margin-top: 1rem; }
    @media (max-width: 60rem) { .child-layout { grid-template-columns: 1fr; } }
    .forms form { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin-bottom: 1rem; }
    .forms h2 { margin-top: 0; }
    ol.timeline { list-style: none; padding: 0; margin: 0; }
    ol.phase-entries { list-style: none; padding: 0; margin: 0; }
    li.phase-group { margin-bottom: 1rem; }
    .phase-heading { font-size: 1rem; margin: .5rem 0; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
    nav.timeline-years { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: baseline; margin: 0 0 .75rem; }
    nav.timeline-years ul { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: 0; }
    nav.timeline-years a[aria-current] { font-weight: 700; text-decoration: none; color: inherit; }
    .concern.abuse-suspected { background: #fde8e8; color: var(--red); font-weight: 700; padding: 0 .4rem; border-radius: 4px; }
    .glance-card dl { margin: 0; } .glance-card dt { font-weight: 700; font-size: .85rem; } .glance-card dd { margin: 0 0 .4rem; }
    .ago.long-ago { color: var(--red); }
    body.print-page .print-header { display: flex; justify-content: space-between; padding: .5rem 1rem; }
    @media print {
      .site-header, .skip-link, .print-back, .forms, form, nav, .correct-link, .print-link { display: none !important; }
      body { background: #fff; } .child-layout { display: block; } li.entry, .glance-card { break-inside: avoid; }
    }
    li.entry { background: #fff; border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 4px; padding: .6rem .9rem; margin-bottom: .75rem; }
    li.entry.kind-concern { border-left-color: #b7791f; }
    li.entry.corrected { border-left-color: var(--muted); }
    .entry-head { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
    .entry-kind { font-weight: 700; }
    .mark { font-size: .8rem; font-weight: 700; text-transform: uppercase; color: var(--red); }
    .entry-body.original { text-decoration: line-through; color: var(--muted); }
    .correction { background: #f3f5f6; padding: .25rem .75rem; margin: .5rem 0; border-radius: 4px; }
    .changes .old { text-decoration: line-through; }
    .text { white-space: pre-wrap; margin: .25rem 0; }
    details.correct summary, details.concern-history summary { cursor: pointer; color: var(--accent); }
    .big-figure .figure { font-size: 2.5rem; font-weight: 700; }
    form.inline { display: inline; margin: 0 .25rem 0 0; }
    .code-shown { font-size: 1.15rem; }
    body.portal { font-size: 1.125rem; }
    body.portal main { max-width: 46rem; }
    body.portal .lead { font-size: 1.2rem; }
    .portal-card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1.25rem; margin: 1rem 0; }
    .portal-card h2 { margin-top: .25rem; }
    .portal-card ul { padding-left: 1.2rem; }
    .portal-card li { margin-bottom: .6rem; }
    .portal-card li p { margin: .15rem 0; }
    ul.rights li.later { color: var(--muted); }
    .going { font-weight: 600; }
    .complaint { background: #f3f5f6; padding: .5rem .75rem; border-radius: 4px; }
    a.button-link { display: inline-block; padding: .5rem 1rem; border-radius: 4px; background: var(--accent); color: var(--accent-ink); text-decoration: none; }
    .badge { display: inline-block; min-width: 1.4em; margin-left: .3em; padding: 0 .35em; border-radius: 1em; background: var(--red); color: #fff; font-size: .8rem; font-weight: 700; text-align: center; }
    .actions-bar { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
    .actions-bar a.button { display: inline-block; padding: .45rem .9rem; border-radius: 4px; background: var(--accent); color: var(--accent-ink); text-decoration: none; }
    .filter-form fieldset { display: flex; gap: .75rem; flex-wrap: wrap; align-items: flex-end; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
    .filter-form .field { margin: 0; }
    .tray-group { margin-top: 1.5rem; }
    .tray-group.backlog h2 { color: var(--muted); }
    table.tray td:nth-last-child(-n+2) { white-space: normal; }
    .priority { color: var(--red); }
    .tray .note { margin: .25rem 0 0; font-style: italic; }
    details.unverified-mark { display: inline-block; margin-left: .4rem; font-size: .85em; }
    details.unverified-mark summary { cursor: pointer; color: var(--accent); }
    details.unverified-mark p, .rules .unverified-note { margin: .25rem 0 0; font-style: italic; }
    table.list.rules td:last-child { white-space: normal; min-width: 18rem; }
    table.list.rules td p { margin: 0 0 .25rem; }
    form.assign-form { display: flex; gap: .35rem; flex-wrap: wrap; margin: .25rem 0 0; }
    """
}
