"""Warning control for moat, behaving as CPython 3.11's warnings module.

CPython 3.11 runs its C accelerator (_warnings) for warn() and
warn_explicit(), so the filter walk, the registry bookkeeping and the error
messages here follow that accelerator's observable behaviour. The printing
side (showwarning, formatwarning, catch_warnings) is the Python-level API.

Where a warning happened comes from the native _caller
(stdlib_safe/warnings_module.h) as plain values (file name, line, module
name, source line); no frame is ever handed out. moat reads no files, so the
source line shown under a warning is the one _caller reported for that place,
or the line native _source_line finds in a running script's own source.
Registries are kept here per module name instead of in each module's
globals (`__warningregistry__`), so no module namespace is touched.
"""

import sys as _sys
from operator import index as _index

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

# What a filter's first field may say (a tuple: membership tests equality
# only, so an unhashable action fails the check instead of raising).
_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# A release build's list when no -W option or PYTHONWARNINGS is given.
filters = [("default", None, DeprecationWarning, "__main__", 0)]
filters += [("ignore", None, kind, None, 0)
            for kind in (DeprecationWarning, PendingDeprecationWarning,
                         ImportWarning, ResourceWarning)]
defaultaction = "default"
onceregistry = {}

# Per-module registries, by module name (unittest reads these).
_registries = {}
# (filename, lineno) -> the source line _caller reported there.
_lines = {}
# Bumped whenever the filters change; a registry stamped with an older value
# is stale and gets emptied before use.
_version = 0
# The accelerator keeps its own reference to filters, defaultaction and
# onceregistry, so deleting the module attribute falls back to the value it
# last read: filters as last seen, the other two as last accepted.
_fallback = {"filters": filters, "defaultaction": defaultaction,
             "onceregistry": onceregistry}
# module= left out of warn_explicit (None there means "drop the warning").
_UNSET = object()


def _filters_mutated():
    global _version
    _version += 1


# -- building the filter list -------------------------------------------------

def _check_action(action):
    assert action in _ACTIONS, f"invalid action: {action!r}"


def _check_lineno(lineno):
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"


def _install(entry, append):
    # A filter already present is moved to the front, or left where it is
    # when appending, so the list never holds duplicates.
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        try:
            filters.remove(entry)
        except ValueError:
            pass
        filters.insert(0, entry)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter whose message and module parts are regular expressions
    (message matched case-insensitively); it goes first unless append."""
    _check_action(action)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    _check_lineno(lineno)
    text_rule = module_rule = None
    if message or module:
        import re
        if message:
            text_rule = re.compile(message, re.I)
        if module:
            module_rule = re.compile(module)
    _install((action, text_rule, category, module_rule, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter on category (and line) alone, matching any message and
    module; it goes first unless append."""
    _check_action(action)
    _check_lineno(lineno)
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter, the default ones included."""
    filters[:] = ()
    _filters_mutated()


# -- showing ------------------------------------------------------------------

class WarningMessage(object):
    """The details of one warning, as handed to _showwarnmsg()."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        values = (message, category, filename, lineno, file, line, source)
        for field, value in zip(self._WARNING_DETAILS, values):
            setattr(self, field, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f"{{message : {self.message!r}, "
                f"category : {self._category_name!r}, "
                f"filename : {self.filename!r}, lineno : {self.lineno!s}, "
                f"line : {self.line!r}}}")


def _remembered_line(filename, lineno):
    # CPython asks linecache here and treats any failure as "no line"; the
    # files moat can read are the running scripts' own sources.
    try:
        line = _lines.get((filename, lineno))
        return _source_line(filename, lineno) if line is None else line
    except Exception:
        return None


def _formatwarnmsg_impl(msg):
    kind = msg.category.__name__
    out = f"{msg.filename}:{msg.lineno}: {kind}: {msg.message}\n"
    shown = msg.line
    if shown is None:
        shown = _remembered_line(msg.filename, msg.lineno)
    if shown:
        out += f"  {shown.strip()}\n"
    if msg.source is not None:
        # No allocation is ever traced (moat has no tracemalloc), so this is
        # the hint CPython prints when tracemalloc is off.
        out += (f"{kind}: Enable tracemalloc to get the object allocation "
                f"traceback\n")
    return out


def formatwarning(message, category, filename, lineno, line=None):
    """Return the text showwarning() would write for this warning."""
    return _formatwarnmsg_impl(
        WarningMessage(message, category, filename, lineno, None, line))


def _formatwarnmsg(msg):
    # A formatwarning replaced by the user gets the five classic arguments;
    # a deleted one counts as the original.
    try:
        hook = formatwarning
    except NameError:
        hook = _formatwarning_orig
    if hook is _formatwarning_orig:
        return _formatwarnmsg_impl(msg)
    return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _showwarnmsg_impl(msg):
    target = msg.file
    if target is None:
        target = _sys.stderr
    if target is None:  # no stderr at all: the warning is dropped
        return
    text = _formatwarnmsg(msg)
    try:
        target.write(text)
    except OSError:
        pass  # an unwritable stream loses the warning rather than failing


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default); replaceable."""
    _showwarnmsg_impl(
        WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    try:
        hook = showwarning
    except NameError:  # deleted: as if never replaced
        hook = _showwarning_orig
    if hook is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    # A replaced showwarning gets the six classic arguments.
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
         msg.line)


# -- deciding -----------------------------------------------------------------

def _type_name(obj):
    return type(obj).__name__


def _current_filters():
    try:
        table = filters
    except NameError:
        table = _fallback["filters"]
    _fallback["filters"] = table
    if not isinstance(table, list):
        raise ValueError("_warnings.filters must be a list")
    return table


def _current_default():
    try:
        action = defaultaction
    except NameError:
        return _fallback["defaultaction"]
    if not isinstance(action, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%s'"
                        % _type_name(action))
    _fallback["defaultaction"] = action
    return action


def _current_once_book():
    try:
        book = onceregistry
    except NameError:
        return _fallback["onceregistry"]
    if not isinstance(book, dict):
        raise TypeError("_warnings.onceregistry must be a dict, not '%s'"
                        % _type_name(book))
    _fallback["onceregistry"] = book
    return book


def _rule_matches(rule, value):
    if rule is None:
        return True
    if type(rule) is str:
        # Plain strings (only the built-in defaults use them) compare exactly.
        if not isinstance(value, str):
            raise TypeError("Can't compare str and %s" % _type_name(value))
        return str.__eq__(rule, value)
    return bool(rule.match(value))


def _as_ssize(number):
    # A filter's line number is read as a C ssize_t: ints only, no __index__.
    if not isinstance(number, int):
        raise TypeError("an integer is required")
    number = int.__index__(number)
    if not -2**63 <= number < 2**63:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return number


def _choose(category, text, lineno, module):
    """The action for this warning and the filter that gave it (None when
    defaultaction decided)."""
    table = _current_filters()
    for position, entry in enumerate(table):
        if not (isinstance(entry, tuple) and len(entry) == 5):
            raise ValueError("_warnings.filters item %d isn't a 5-tuple"
                             % position)
        action, text_rule, kind, module_rule, line = entry
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'"
                            % _type_name(action))
        hit = _rule_matches(text_rule, text)
        hit = _rule_matches(module_rule, module) and hit
        hit = issubclass(category, kind) and hit
        line = _as_ssize(line)
        if hit and line in (0, lineno):
            return action, entry
    return _current_default(), None


def _already(book, key, note):
    """Whether book (a registry) says key was shown under the current
    filters; a stale book is emptied and restamped first. With note, key is
    recorded as shown."""
    stamp = dict.get(book, "version")
    if type(stamp) is int and stamp == _version:
        if dict.get(book, key):
            return True
    else:
        dict.clear(book)
        dict.__setitem__(book, "version", _version)
    if note:
        dict.__setitem__(book, key, True)
    return False


def _plain_show(category, text, filename, lineno, line):
    # Used only when _showwarnmsg has been deleted from the module.
    out = _sys.stderr
    if out is None:
        return
    if line is None:
        line = _remembered_line(filename, lineno)
    out.write(f"{filename}:{lineno}: {category.__name__}: {text!s}\n")
    if line:
        out.write(f"  {line.strip()}\n")


def _emit(message, category, text, filename, lineno, line, source):
    try:
        hook = _showwarnmsg
    except NameError:
        _plain_show(category, text, filename, lineno, line)
        return
    if not callable(hook):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    try:
        record = WarningMessage
    except NameError:
        record = None  # raised below, outside the handler: no chaining
    if record is None:
        raise RuntimeError("unable to get warnings.WarningMessage")
    hook(record(message, category, filename, lineno, None, None, source))


def _deliver(category, message, filename, lineno, module, registry, source,
             line=None):
    # The body shared by warn() and warn_explicit(); registry may be None.
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already(registry, key, False):
        return None
    action, entry = _choose(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return None
    repeat = False
    if action != "always":
        # Every action but "always" marks this exact place as done.
        if registry is not None:
            dict.__setitem__(registry, key, True)
        if action == "once":
            book = registry if registry is not None else _current_once_book()
            repeat = _already(book, (text, category), True)
        elif action == "module":
            repeat = (registry is not None
                      and _already(registry, (text, category), True))
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:"
                               "\n %r" % (action, entry))
    if not repeat:
        _emit(message, category, text, filename, lineno, line, source)
    return None


def _category_for(message, category):
    if isinstance(message, Warning):
        return type(message)
    if category is None:
        return UserWarning
    try:
        valid = issubclass(category, Warning)
    except Exception:  # a non-class gets the TypeError below, unchained
        valid = False
    if not valid:
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % _type_name(category))
    return category


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: shown, ignored or raised as the filters decide.
    stacklevel picks the caller it is reported against."""
    level = _index(stacklevel)
    if not -2**63 <= level < 2**63:
        raise OverflowError("Python int too large to convert to C ssize_t")
    category = _category_for(message, category)
    # _caller must be called right here: its count starts at this function.
    place = _caller(max(level, 1))
    if place is None:  # the stack is not that deep: CPython reports sys
        filename, lineno, module = "sys", 1, "sys"
    else:
        filename, lineno, module, line, _, has_name = place
        if module is None and has_name:
            return None  # CPython drops a warning from a module named None
        if line:
            _lines[filename, lineno] = line
        if not isinstance(module, str):
            module = "<string>"
    registry = _registries.setdefault(module, {})
    return _deliver(category, message, filename, lineno, module, registry,
                    source)


def _module_from_filename(filename):
    if not filename:
        return "<unknown>"
    # Only a lower-case ".py" is cut: the accelerator compares exactly.
    return filename[:-3] if filename.endswith(".py") else filename


def _c_int(number):
    number = _index(number)
    if not -2**63 <= number < 2**63:
        raise OverflowError("Python int too large to convert to C long")
    if number >= 2**31:
        raise OverflowError("signed integer is greater than maximum")
    if number < -2**31:
        raise OverflowError("signed integer is less than minimum")
    return int(number)


def _loader_line(namespace, lineno):
    # The line a module's __loader__.get_source() gives; it is fetched (and
    # its errors raised) although only a missing _showwarnmsg would print it.
    loader = dict.get(namespace, "__loader__", _UNSET)
    name = dict.get(namespace, "__name__", _UNSET)
    if loader is _UNSET or name is _UNSET:
        return None
    fetch = getattr(loader, "get_source", _UNSET)
    if fetch is _UNSET:
        return None
    text = fetch(name)
    if text is None:
        return None
    if not isinstance(text, str):
        raise TypeError("must be str, not %s" % _type_name(text))
    rows = text.splitlines()
    if not 0 < lineno <= len(rows):
        raise IndexError("list index out of range")
    return rows[lineno - 1]


def warn_explicit(message, category, filename, lineno, module=_UNSET,
                  registry=None, module_globals=None, source=None):
    """Issue a warning reported at filename:lineno, with an explicit module
    name and registry dict."""
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 3 must be str, not %s"
                        % ("None" if filename is None
                           else _type_name(filename)))
    lineno = _c_int(lineno)
    line = None
    if module_globals is not None:
        if not isinstance(module_globals, dict):
            raise TypeError("module_globals must be a dict, not '%s'"
                            % _type_name(module_globals))
        line = _loader_line(module_globals, lineno)
    if module is None:
        return None  # CPython's way to drop a warning outright
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module is _UNSET:
        module = _module_from_filename(filename)
    return _deliver(category, message, filename, lineno, module, registry,
                    source, line)


# -- catch_warnings -----------------------------------------------------------

def _this_module():
    import warnings
    return warnings


class catch_warnings(object):
    """Save the filters and showwarning() on entry and put them back on
    exit. With record=True, warnings are collected as WarningMessage objects
    in the list __enter__ returns instead of being shown; action (with
    category, lineno, append) adds one simplefilter for the block."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = _this_module() if module is None else module
        self._entered = False
        self._filter = (None if action is None
                        else (action, category, lineno, append))

    def __repr__(self):
        shown = ["record=True"] if self._record else []
        if self._module is not _this_module():
            shown.append(f"module={self._module!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f"Cannot enter {self!r} twice")
        self._entered = True
        target = self._module
        self._filters = target.filters
        target.filters = self._filters[:]
        target._filters_mutated()
        self._showwarning = target.showwarning
        self._showwarnmsg_impl = target._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        caught = []
        target._showwarnmsg_impl = caught.append
        # showwarning goes back to the original so _showwarnmsg reaches
        # the list instead of a user's hook.
        target.showwarning = target._showwarning_orig
        return caught

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f"Cannot exit {self!r} without entering first")
        target = self._module
        target.filters = self._filters
        target._filters_mutated()
        target.showwarning = self._showwarning
        target._showwarnmsg_impl = self._showwarnmsg_impl


# C functions of _warnings in CPython: their repr, and a wrong call's texts.
_builtin_function(warn, warn_explicit, module='_warnings')
_c_signature(warn_explicit, style='getargs_keywords')
