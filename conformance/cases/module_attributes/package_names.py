"""__package__ of the modules: a package's own name, a submodule's parent,
'' for a top-level or built-in module."""
import math, collections, collections.abc, json, json.decoder, json.encoder, re
import itertools, sys, time, functools, string, logging, logging.handlers
import unittest, unittest.case, html, html.entities, random, typing, enum

for m in (math, collections, collections.abc, json, json.decoder, json.encoder, re,
          itertools, sys, time, functools, string, logging, logging.handlers,
          unittest, unittest.case, html, html.entities, random, typing, enum):
    print(m.__name__, repr(m.__package__))
print(__package__)
