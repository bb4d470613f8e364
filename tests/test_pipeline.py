import pytest

from entente.errors import ConfigError
from entente.model import Article
from entente.pipeline import Pipeline
from entente.registry import STAGES


def test_pipeline_default_stage_names_are_registered():
    assert {"segment", "actors", "events"} <= set(STAGES.names())


def test_pipeline_rejects_stage_whose_requirements_are_unmet():
    with pytest.raises(ConfigError, match="requires"):
        Pipeline.from_names(["events"])


def test_pipeline_unknown_stage_names_known_ones():
    with pytest.raises(ConfigError, match=r"known stages: .*segment"):
        Pipeline.from_names(["segment", "no-such-stage"])


def test_pipeline_stage_must_return_article():
    pipeline = Pipeline([("broken", lambda article: None)])  # type: ignore[arg-type,return-value]
    with pytest.raises(ConfigError, match="broken"):
        pipeline(Article(id="a", text="x"))


def test_pipeline_runs_custom_stage_in_order(mini_pipeline):
    seen = []

    def spy(article):
        seen.append(len(article.events))
        return article

    pipeline = Pipeline([*mini_pipeline.stages, ("spy", spy)])
    article = Article.from_parts(id="a", parts=[("body", "Iran criticized Israel.", None)])
    result = pipeline(article)
    assert seen == [1]
    assert result.events[0].cameo == "111"
