# moat policy: unittest runs, but unittest.mock (patching other modules'
# objects) is refused with ImportError.
import unittest
print("unittest", unittest.TestCase.__name__)
from unittest import mock
print(mock)
