"""Build the optional compiled walks (segments, trees); everything else is in pyproject.toml.

The extension is optional: where it cannot be compiled, copydesk installs
without them and walks in Python and NumPy (same output, slower).
"""

from setuptools import Extension, setup

try:
    from Cython.Build import cythonize
except ImportError:  # no Cython: the pure-Python walk is used
    extensions = []
else:
    extensions = cythonize(
        [
            Extension(f"copydesk.extract.{name}", [f"src/copydesk/extract/{name}.pyx"], optional=True)
            for name in ("segment_fast", "forest_fast", "text_fast", "features_fast")
        ],
        compiler_directives={"language_level": "3"},
        quiet=True,
    )

setup(ext_modules=extensions)
