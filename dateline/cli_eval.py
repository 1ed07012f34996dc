"""`dateline eval …`: score each component against gold files; exit 4 below the pinned floors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, Optional

import typer
from rich.console import Console

from .eval.floors import below_floors, flatten

eval_app = typer.Typer(no_args_is_help=True, help="Score components against gold files.")
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True)
EXIT_BELOW_FLOOR, EXIT_USAGE = 4, 2

SHARED = Path("../shared/eval")
GoldOption = typer.Option(SHARED / "seeds-gold.json", "--gold", help="Gold annotations (JSON).")
SeedsOption = typer.Option(None, "--seeds", help="Folder of the gold's articles "
                           "(default: ../seeds beside the gold file).")
JsonOption = typer.Option(False, "--json", help="Print the scores as one JSON object.")


def _paths(gold: Path, seeds: Optional[Path]) -> tuple[Path, Path]:
    if not gold.is_file():
        err.print(f"error: [E030] Gold file not found: {gold}. "
                  "Pass --gold PATH (the shared eval data lives in ../shared/eval).", markup=False)
        raise typer.Exit(EXIT_USAGE)
    return gold, seeds or gold.resolve().parent.parent / "seeds"


Section = tuple[str, dict[str, Any], Callable[[dict[str, Any]], str]]


def _finish(sections: list[Section], as_json: bool,
            metrics: Callable[[str, dict[str, Any]], dict[str, float]] | None = None,
            skipped: set[str] | None = None) -> None:
    """Print each section; check the floors of each against its flat metrics.

    Floors whose metric starts with a prefix in `skipped` (a benchmark not run) are not checked.
    """
    failures: list[str] = []
    for name, result, fmt in sections:
        scores = metrics(name, result) if metrics else flatten(result)
        failures += [f for f in below_floors(name, scores)
                     if not any(f.startswith(f"{name}.{prefix}") for prefix in skipped or ())]
        if not as_json:
            out.print(f"== {name}", markup=False)
            out.print(fmt(result), markup=False)
    if as_json:
        sys.stdout.write(json.dumps({name: result for name, result, _ in sections} |
                                    {"below_floors": failures}, ensure_ascii=False,
                                    default=str) + "\n")
    if failures:
        err.print("below floors: " + "; ".join(failures), markup=False)
        raise typer.Exit(EXIT_BELOW_FLOOR)


@eval_app.command("clean")
def eval_clean(gold: Path = GoldOption, seeds: Optional[Path] = SeedsOption,
               as_json: bool = JsonOption) -> None:
    """Metadata accuracy per field and boilerplate precision/recall."""
    from .eval.clean import evaluate_clean, flat_scores, format_clean_report

    gold, seeds = _paths(gold, seeds)
    _finish([("clean", evaluate_clean(gold, seeds), format_clean_report)], as_json,
            metrics=lambda _name, result: flat_scores(result))


def _present(path: Path, name: str, skipped: set[str]) -> bool:
    """Whether a benchmark's data is there; if not, its floors are skipped, with a message."""
    if path.exists():
        return True
    skipped.add(f"{name}_")
    err.print(f"skipped {name}: {path} not found", markup=False)
    return False


def _entities_report(result: dict[str, Any]) -> str:
    from .eval import entities, entities_ecbplus

    text = entities.format_entities_report(result)
    if "ecb" in result:
        text += "\n" + entities_ecbplus.format_ecbplus_report(result["ecb"])
    return text


def _events_report(result: dict[str, Any]) -> str:
    from .eval import ecb, events

    text = events.format_events_report(result)
    return text + ("\n" + ecb.format_ecb_report(result["ecb"]) if "ecb" in result else "")


UNSEEN_GOLD = Path(__file__).resolve().parent / "eval" / "gold"


def _report_of(result: dict[str, Any],
               fmt: Callable[[dict[str, Any]], str]) -> Callable[[dict[str, Any]], str]:
    """A section formatter that prints the whole result, whatever numbers the floors check."""
    return lambda _numbers: fmt(result)


def _unseen_sections(paths: Optional[list[Path]], limit: Optional[int]) -> list[Section]:
    """One section per unseen gold file: `unseen_dev`, `unseen_test` (by the file's name)."""
    from .eval.unseen import evaluate_unseen, format_unseen_report

    sections: list[Section] = []
    for path in paths or sorted(UNSEEN_GOLD.glob("unseen-*.json")):
        if not path.is_file():
            err.print(f"error: [E030] Gold file not found: {path}.", markup=False)
            raise typer.Exit(EXIT_USAGE)
        name = "unseen_" + path.stem.removeprefix("unseen-").replace("-", "_")
        result = evaluate_unseen(path, limit=limit)
        numbers = {k: v for k, v in result.items() if isinstance(v, (int, float))}
        if "skipped" in result or limit is not None:
            numbers = {}  # no shared data, or a partial run: not held to the floors
            err.print(f"{name}: not held to its floors ({result.get('skipped', 'partial run')})",
                      markup=False)
        sections.append((name, numbers, _report_of(result, format_unseen_report)))
    return sections


@eval_app.command("annotate")
def eval_annotate(gold: Path = GoldOption, seeds: Optional[Path] = SeedsOption,
                  tempeval: Path = typer.Option(SHARED / "tempeval3" / "TBAQ-cleaned",
                                                help="TempEval-3 TimeML folder."),
                  plover: Path = typer.Option(SHARED / "plover" / "plover-gsr-dev.json",
                                              help="PLOVER gold records."),
                  ecb: Path = typer.Option(SHARED / "ecbplus" / "ECB+",
                                           help="ECB+ corpus (event triggers, topics 1-10)."),
                  giveme: Path = typer.Option(SHARED / "giveme5w1h" / "gold_standard" / "data",
                                              help="Giveme5W1H gold articles (who/when/where)."),
                  unseen: Optional[list[Path]] = typer.Option(
                      None, "--unseen", help="Unseen gold files (default: the dev half and the "
                      "frozen test half in dateline/eval/gold/)."),
                  limit: Optional[int] = typer.Option(None, help="Documents/records per "
                                                      "benchmark (for a quick run)."),
                  as_json: bool = JsonOption) -> None:
    """Scores per annotation component on the seeds, our unseen gold, TempEval-3, PLOVER,
    ECB+ and Giveme5W1H."""
    from .annotate.nlp import load_nlp
    from .eval import ecb as ecb_eval
    from .eval import entities, entities_ecbplus, events, figures, timex
    from .eval import giveme as giveme_eval

    gold, seeds = _paths(gold, seeds)
    nlp = load_nlp()
    skipped: set[str] = set()
    timex_result: dict[str, Any] = {"seed": timex.evaluate_timex_seeds(gold, seeds, nlp)}
    if _present(tempeval, "tempeval", skipped):
        timex_result["tempeval"] = timex.evaluate_tempeval(tempeval, nlp, limit=limit)
    events_result: dict[str, Any] = {"seeds": events.evaluate_events_seeds(gold, seeds, nlp)}
    if _present(plover, "plover", skipped):
        events_result["plover"] = events.evaluate_plover(plover, nlp, limit=limit)
    entities_result: dict[str, Any] = entities.evaluate_entities_seeds(gold, seeds, nlp)
    if _present(ecb, "ecb", skipped):
        topics = range(1, 3) if limit is not None else range(1, 11)
        events_result["ecb"] = ecb_eval.evaluate_ecb(ecb, nlp, topics=topics)
        entities_result["ecb"] = entities_ecbplus.evaluate_entities_ecbplus(
            ecb, nlp, topics=["1", "2"] if limit is not None else None)
    if limit is not None:  # a partial benchmark run is not held to the full-run floors
        skipped |= {"tempeval_", "plover_", "ecb_", "giveme5w1h_"}
    sections: list[Section] = [
        ("timex", timex_result, timex.format_timex_report),
        ("figures", figures.evaluate_figures_seeds(gold, seeds, nlp),
         figures.format_figures_report),
        ("entities", entities_result, _entities_report),
        ("events", events_result, _events_report),
    ]
    if _present(giveme, "giveme5w1h", skipped):
        sections.append(("giveme5w1h", {"giveme5w1h": giveme_eval.evaluate_giveme5w1h(
            giveme, nlp, limit=limit)},
            lambda r: giveme_eval.format_giveme_report(r["giveme5w1h"])))
    sections += _unseen_sections(unseen, limit)

    def entity_scores(result: dict[str, Any]) -> dict[str, float]:
        scores = entities.flat_scores(result)
        if "ecb" in result:
            scores.update(flatten({"ecb": result["ecb"]}))
        return scores

    flat = {"timex": timex.flat_scores, "entities": entity_scores}

    def metrics(name: str, result: dict[str, Any]) -> dict[str, float]:
        return flat.get(name, flatten)(result)

    _finish(sections, as_json, metrics, skipped)


@eval_app.command("timeline")
def eval_timeline(topics: Optional[str] = typer.Option(None, "--topics", help="Comma-separated "
                                                         "T17 topics (default: all)."),
                  limit: Optional[int] = typer.Option(None, help="At most this many gold "
                                                      "timelines (a quick run)."),
                  baseline: bool = typer.Option(True, "--baseline/--no-baseline",
                                                help="Also score the naive baseline."),
                  as_json: bool = JsonOption) -> None:
    """Timeline17 under the news-tls protocol: Date-F1 and alignment ROUGE-1/2 F1."""
    from .config import Options
    from .eval import timeline as tl
    from .eval.t17 import T17_DIR
    from .eval.timeline_baselines import busiest_days, dateline_builder

    if not T17_DIR.is_dir():
        err.print(f"skipped timeline: {T17_DIR} not found", markup=False)
        return
    chosen = topics.split(",") if topics else None
    echo = None if as_json else (lambda line: out.print(line, markup=False))
    result = tl.evaluate_timelines(dateline_builder(Options()), chosen, limit, echo=echo)
    sections: list[Section] = [("timeline", result,
                                lambda r: tl.format_timeline_report(r, "dateline on T17"))]
    if baseline:
        naive = tl.evaluate_timelines(busiest_days, chosen, limit)
        sections.append(("timeline_baseline", naive,
                         lambda r: tl.format_timeline_report(r, "naive: busiest days, leads")))
    partial = limit is not None or chosen is not None
    _finish(sections, as_json, metrics=lambda name, r: {} if partial or name != "timeline"
            else {k: v for k, v in r.items() if isinstance(v, float)})


@eval_app.command("fuse")
def eval_fuse(ecb: Path = typer.Option(SHARED / "ecbplus" / "ECB+", help="ECB+ corpus."),
              ecb_topics: int = typer.Option(35, "--ecb-topics", help="Score ECB+ topics "
                                             "1..N (1-20 tuned, the rest held out)."),
              as_json: bool = JsonOption) -> None:
    """Cross-article scores: stories (B-cubed), event clusters (ECB+ CoNLL), shared reporting."""
    from .annotate.nlp import load_nlp
    from .eval import event_coref, reporting, stories
    from .eval.ecb import _files

    sections: list[Section] = [("stories", stories.evaluate_stories(),
                                stories.format_stories_report)]
    if _present(ecb, "ecb", set()):
        matched = event_coref.matched_mentions(_files(ecb, range(1, ecb_topics + 1)), load_nlp())
        result = {}
        for name, keep in (("tuned_1_20", lambda t: int(t) <= 20),
                           ("held_out_21_35", lambda t: int(t) > 20)):
            part = {t: v for t, v in matched.items() if keep(t)}
            if part:
                result[name] = event_coref.score_clusters(part)
        sections.append(("event_clusters", result, lambda r: "\n".join(
            f"[{k}] " + event_coref.format_event_coref_report(v) for k, v in r.items())))
    sections.append(("shared_reporting", reporting.evaluate_shared_reporting(),
                     reporting.format_reporting_report))
    _finish(sections, as_json)
