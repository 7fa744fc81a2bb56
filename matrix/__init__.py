"""The instruments and their arithmetic. Pure functions: no Qt, no database; screens,
the PDF and reports only display what this package computes.

API (other layers build on these names):

matrix.instruments
    Instrument (pydantic, frozen): id, version, name{nl,en,...}, description, levels
        {1..5: texts}, domains [Domain(id, name, description)], criteria {domain: {level: texts}};
        .domain_ids, .title(lang), .domain_name(domain_id, lang), .level_name(level, lang),
        .criterion(domain_id, level, lang) (a language the file lacks: the catalogue's
        `matrix.wording.<id>.<version>.*` for names and levels, then Dutch).
    load_instrument(text) -> Instrument; raises InstrumentError (a KoersError: .render(lang))
        naming domain and level; load_file(path).
    builtin(instrument_id="zrm-domeinen") -> Instrument
    installed(extra_dir=None) -> list[Instrument]   shipped + <vault>/instruments, by id, version
    find(instrument_id, version=None, extra_dir=None) -> Instrument (newest if version is None)
    life_domains() -> list[LifeDomain(id, nl, en, zrm_domains)]; LifeDomain.label(lang)

matrix.assessment
    domain_rows(assessments, instrument) -> list[DomainRow(domain_id, level,
        change_since_previous, change_since_first, priority)]  for the latest assessment
    mean_level(assessment) -> float | None        (unscored domains ignored)
    priorities(assessment) -> list[str]          (levels 1-2, most acute first)
    profile_over_time(assessments) -> list[(date, {domain: level})]
    draft_goals(assessment, instrument, lang) -> list[DraftGoal(life_domain, zrm_domain, text)]
    in_order(assessments) -> oldest first

matrix.scales
    progress(start, target, current, lower_is_better=False) -> float | None   (0-1)
    status(start, target, current, lower_is_better=False) -> "niet_gestart" | "op_koers"
        | "bereikt" | "achteruit";  status_label(code, lang)
    current_score(item_id, evaluations) -> int | None
    goal_progress(goal_or_subgoal, evaluations) -> ScaleProgress(start, target, current,
        progress, status)

matrix.smart
    SmartInput(text, domain, start, target, deadline, agreed, plan_date, horizon,
        lower_is_better, specific, measurable); SmartRules(step_limits, default_horizon_weeks)
    check(goal, lang="nl", rules=SmartRules(), today=None) -> {"S"|"M"|"A"|"R"|"T": Verdict(ok, hint)}
    from_goal(goal, plan) -> SmartInput;  as_json(verdicts) -> {"S": {"ok", "hint"}, ...}
    guess_domain(text), date_in_text(text)
"""
