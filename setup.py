"""The compiled core of the failure analysis (everything else is in pyproject.toml)."""
from setuptools import Extension, setup

setup(ext_modules=[Extension("blueprint_app.analysis._bddcore",
                             ["blueprint_app/analysis/_bddcore.c"],
                             extra_compile_args=["-O2"])])
