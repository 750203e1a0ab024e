"""Build the optional compiled segment walk; everything else is in pyproject.toml.

The extension is optional: where it cannot be compiled, copydesk installs
without it and walks the tree in Python (same output, slower).
"""

from setuptools import Extension, setup

try:
    from Cython.Build import cythonize
except ImportError:  # no Cython: the pure-Python walk is used
    extensions = []
else:
    extensions = cythonize(
        [Extension("copydesk.extract.segment_fast", ["src/copydesk/extract/segment_fast.pyx"], optional=True)],
        compiler_directives={"language_level": "3"},
        quiet=True,
    )

setup(ext_modules=extensions)
