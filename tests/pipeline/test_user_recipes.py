"""A project's own recipes join the zoo: [tool.hil] recipes = "<folder>"."""

from __future__ import annotations

import json

from hil_command import hil

RECIPE = '''
from harness.pipeline import datasets
from harness.pipeline.recipe import recipe


@recipe(name="my_sine", description="the project's own sine", task="regression", metric="mae",
        load_data=datasets.sine, loss="mse", epochs=2)
def build(input_shape, n_outputs):
    import keras

    return keras.Sequential([keras.Input(input_shape), keras.layers.Dense(n_outputs)])
'''


def test_a_projects_recipe_folder_adds_its_models_to_the_zoo(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.hil]\nrecipes = "recipes"\n')
    (tmp_path / "recipes").mkdir()
    (tmp_path / "recipes" / "my_sine.py").write_text(RECIPE)
    listed = hil("models", "--json", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    names = [row["model"] for row in json.loads(listed.stdout)]
    assert "my_sine" in names and "digits_mlp" in names


def test_a_missing_recipe_folder_is_named(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.hil]\nrecipes = "nope"\n')
    listed = hil("models", cwd=tmp_path)
    assert listed.returncode == 1
    assert "the recipes folder" in listed.stderr and "nope does not exist" in listed.stderr
