"""__future__ for moat: one record per `from __future__ import` feature.

A future statement itself is read by the compiler (CPython's, in
compiler_bridge/); at run time it is also an ordinary import of this
module, which must therefore exist and name every feature. Each feature is
a _Feature giving the release (a sys.version_info-style 5-tuple) in which
it became available, the release in which it became or becomes the only
behaviour (None while undecided), and the flag the compiler sets on code
compiled with it.
"""

# The compiler flags, as CPython's code objects carry them
# (Include/cpython/code.h); generators and nested scopes predate flags of
# their own.
CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:
    """A future feature: its optional and mandatory releases and its flag."""

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional, self.mandatory = optionalRelease, mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """The release (a 5-tuple) that first accepted the feature."""
        return self.optional

    def getMandatoryRelease(self):
        """The release (a 5-tuple) from which the feature is always on, or
        None if no such release has been chosen."""
        return self.mandatory

    def __repr__(self):
        return "_Feature(%r, %r, %r)" % (self.optional, self.mandatory, self.compiler_flag)


# In the order of their introduction.
all_feature_names = ["nested_scopes", "generators", "division", "absolute_import",
                     "with_statement", "print_function", "unicode_literals",
                     "barry_as_FLUFL", "generator_stop", "annotations"]

__all__ = ["all_feature_names"] + all_feature_names

(nested_scopes, generators, division, absolute_import, with_statement, print_function,
 unicode_literals, barry_as_FLUFL, generator_stop, annotations) = [
    _Feature(optional, mandatory, flag) for optional, mandatory, flag in (
        ((2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED),
        ((2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED),
        ((2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION),
        ((2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT),
        ((2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT),
        ((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION),
        ((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS),
        ((3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL),
        ((3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), CO_FUTURE_GENERATOR_STOP),
        ((3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS),
    )]
