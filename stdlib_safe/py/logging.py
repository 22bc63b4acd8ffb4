"""Logging for moat, behaving as CPython 3.11's logging package.

moat's own implementation, written from the documented behaviour: levels,
the logger hierarchy and propagation, handlers, filters, formatters with
their three format styles, LogRecord's attributes, adapters, basicConfig
and the last-resort handler (records of WARNING and above that find no
handler anywhere reach sys.stderr as bare messages).

Where the sandbox makes it differ, it differs the same way on every run:

* There is no clock (docs/SECURITY.md): a record is made at the epoch, so
  `created`, `msecs` and `relativeCreated` are 0.0 and `asctime` reads
  "1970-01-01 00:00:00,000". There is no time zone either: the formatter's
  converter is time.gmtime where CPython's is time.localtime.
* A record's `process` is 1, `processName` "MainProcess", `thread` 1 and
  `threadName` "MainThread", as for a program with one process and one
  thread.
* `pathname`, `filename`, `module`, `lineno` and `funcName` name the place
  the record was logged from, as found by the native _caller
  (stdlib_safe/warnings_module.h), which hands out plain values, not
  frames; the path is the name the host compiled the script under.
  `stack_info=True` renders the caller's stack with traceback.format_stack.
* There is one thread, so handlers need no lock: `lock` is None.
* FileHandler, basicConfig(filename=...), and the file and network handlers
  of logging.handlers and logging.config do not exist here;
  logging.handlers keeps BufferingHandler, MemoryHandler and QueueHandler.
* Nothing runs when the interpreter exits: logging.shutdown() flushes and
  closes the handlers when a script calls it.
"""

import re
import string as _string
import sys
import time as _time
import traceback
import warnings
import weakref
from collections.abc import Mapping as _Mapping
from types import GenericAlias as _GenericAlias

__all__ = [
    'BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL',
    'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger',
    'LoggerAdapter', 'NOTSET', 'NullHandler', 'StreamHandler', 'WARN', 'WARNING',
    'addLevelName', 'basicConfig', 'captureWarnings', 'critical', 'debug',
    'disable', 'error', 'exception', 'fatal', 'getLevelName', 'getLogger',
    'getLoggerClass', 'info', 'log', 'makeLogRecord', 'setLoggerClass',
    'shutdown', 'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
    'lastResort', 'raiseExceptions', 'getLevelNamesMapping',
]

# Switches a script may flip, read when records are made or handled.
raiseExceptions = True
logThreads = logProcesses = logMultiprocessing = True

# Records are made at the epoch (see the module docstring).
_startTime = 0.0

# A default no lookup can return.
_ABSENT = object()


# ===========================================================================
# Levels: numbers with names, both ways
# ===========================================================================

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = range(0, 60, 10)
WARN = WARNING
FATAL = CRITICAL

# name -> number, with the two aliases; number -> name, one name each.
# Both are kept most severe first, the order scripts see them in.
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR,
                'WARN': WARN, 'WARNING': WARNING, 'INFO': INFO,
                'DEBUG': DEBUG, 'NOTSET': NOTSET}
_levelToName = {number: name for name, number in _nameToLevel.items()
                if name not in ('FATAL', 'WARN')}


def getLevelNamesMapping():
    """A copy of the table from level names to numbers."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, and for
    anything else the text "Level <level>"."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    """Name a level number (and number the name)."""
    _levelToName.update({level: levelName})
    _nameToLevel.update({levelName: level})


def _checkLevel(level):
    # Numbers pass as they are; strings must name a known level.
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    number = _nameToLevel.get(level, _ABSENT)
    if number is _ABSENT:
        raise ValueError("Unknown level: %r" % level)
    return number


# One thread runs, so the module lock is nothing (see the module docstring).
def _acquireLock():
    return None


def _releaseLock():
    return None


# ===========================================================================
# Filters
# ===========================================================================

class Filter(object):
    """Passes the records of the logger called `name` and of those below it
    in the hierarchy; with no name, every record."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        logged_by = record.name
        return (logged_by.find(self.name, 0, self.nlen) == 0
                and logged_by[self.nlen] == ".")


class Filterer(object):
    """What loggers and handlers share: a list of filters, each an object
    with a filter(record) method or a plain callable; a record passes when
    none of them returns a false value."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for each in self.filters:
            check = each.filter if hasattr(each, 'filter') else each
            if not check(record):
                return False
        return True


# ===========================================================================
# Handlers
# ===========================================================================

# The handlers alive, by name, and a weak reference to each handler still
# alive, in the order they were made (shutdown() closes them newest first).
_handlers = weakref.WeakValueDictionary()
_handlerList = []


def _forget_handler(ref):
    if ref in _handlerList:
        _handlerList.remove(ref)


class _held(object):
    # `with _held(handler):` runs the block between the handler's acquire()
    # and release() hooks (a subclass may give them meaning).

    def __init__(self, handler):
        self.handler = handler

    def __enter__(self):
        self.handler.acquire()

    def __exit__(self, *exc):
        self.handler.release()


class Handler(Filterer):
    """Where records go. Subclasses define emit(); handle() filters a
    record and emits it."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name, self.level = None, _checkLevel(level)
        self.formatter, self._closed = None, False
        _handlerList.append(weakref.ref(self, _forget_handler))
        self.createLock()

    def handle(self, record):
        """Emit the record if the filters pass it; return whether they did."""
        passed = self.filter(record)
        if passed:
            with _held(self):
                self.emit(record)
        return passed

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def handleError(self, record):
        """Report, on sys.stderr, an exception raised while emitting
        record (only when raiseExceptions is true), and carry on."""
        if not raiseExceptions or not sys.stderr:
            return
        failure = sys.exc_info()
        try:
            sys.stderr.write('--- Logging error ---\n')
            traceback.print_exception(*failure, None, sys.stderr)
            # traceback leaves moat's own modules out, so the stack shown is
            # the script's part, where CPython's walk out of logging ends.
            sys.stderr.write('Call stack:\n')
            traceback.print_stack(file=sys.stderr)
            _report_message(record)
        except OSError:
            pass

    def flush(self):
        return None

    def close(self):
        self._closed = True
        if self._name:
            _handlers.pop(self._name, None)

    # No lock: one thread runs. acquire() and release() still use a lock a
    # subclass or a script puts in `lock`.
    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        return None

    def acquire(self):
        held = self.lock
        if held:
            held.acquire()

    def release(self):
        held = self.lock
        if held:
            held.release()

    def get_name(self):
        return self._name

    def set_name(self, name):
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


def _report_message(record):
    # handleError's last lines: the record's message and arguments, or a
    # note when even they cannot be shown.
    try:
        sys.stderr.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
    except RecursionError:
        raise
    except Exception:
        sys.stderr.write('Unable to print the message and arguments - possible'
                         ' formatting error.\nUse the traceback above to help'
                         ' find the error.\n')


class StreamHandler(Handler):
    """Writes each formatted record and `terminator` to a stream (anything
    with write(); sys.stderr when none is given)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def emit(self, record):
        try:
            text = self.format(record) + self.terminator
            self.stream.write(text)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def flush(self):
        with _held(self):
            target = self.stream
            if target and hasattr(target, "flush"):
                target.flush()

    def setStream(self, stream):
        """Write to stream from now on; return the stream replaced, or None
        when it is the same one."""
        previous = self.stream
        if stream is previous:
            return None
        with _held(self):
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, label,
                                getLevelName(self.level))

    __class_getitem__ = classmethod(_GenericAlias)


class _StderrHandler(StreamHandler):
    # The last resort's class: its stream is whatever sys.stderr is when a
    # record arrives, so it cannot be set.
    stream = property(lambda self: sys.stderr)

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)


class NullHandler(Handler):
    """Does nothing with records: a library adds it so that its records go
    nowhere unless the application configures logging."""

    def emit(self, record):
        return None

    def handle(self, record):
        return None

    def _at_fork_reinit(self):
        return None

    def createLock(self):
        self.lock = None


_defaultLastResort = lastResort = _StderrHandler(WARNING)


# ===========================================================================
# Where a record comes from
# ===========================================================================

# This module's own file: frames running its code are skipped when looking
# for the place a record was logged from.
_srcfile = _caller(0)[0]


def _file_and_module(pathname):
    # (file name, module name) of a path: os.path.basename, and the stem of
    # os.path.splitext, where leading dots never start an extension.
    sep, dot = (b'/', b'.') if isinstance(pathname, bytes) else ('/', '.')
    base = pathname.rpartition(sep)[2]
    leading_dots = len(base) - len(base.lstrip(dot))
    cut = base.rfind(dot)
    return base, (base[:cut] if cut > leading_dots else base)


def _exc_triple(exc_info):
    # What a logging call's exc_info= becomes on the record: an exception
    # gives its (type, value, traceback), a tuple is taken as it is, and any
    # other true value means the exception being handled.
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    if isinstance(exc_info, tuple):
        return exc_info
    return sys.exc_info()


# ===========================================================================
# LogRecord
# ===========================================================================

class LogRecord(object):
    """One logged event: the logger's name, the level, the message and its
    arguments, the place it was logged from and the exception, if any."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        # A lone, non-empty mapping argument gives the values of named
        # %(key)s conversions in the message.
        if args and len(args) == 1:
            if isinstance(args[0], _Mapping) and args[0]:
                args = args[0]
        self.name, self.msg, self.args = name, msg, args
        self.levelname, self.levelno = getLevelName(level), level
        self.pathname = pathname
        try:
            self.filename, self.module = _file_and_module(pathname)
        except (TypeError, ValueError, AttributeError):
            self.filename, self.module = pathname, "Unknown module"
        self.exc_info, self.exc_text = exc_info, None
        self.stack_info = sinfo
        self.lineno, self.funcName = lineno, func
        self.created = _startTime
        self.msecs = self.relativeCreated = 0.0
        if logThreads:
            self.thread, self.threadName = 1, "MainThread"
        else:
            self.thread = self.threadName = None
        self.processName = "MainProcess" if logMultiprocessing else None
        self.process = 1 if logProcesses else None

    def __repr__(self):
        shown = (self.name, self.levelno, self.pathname, self.lineno, self.msg)
        return '<LogRecord: %s, %s, %s, %s, "%s">' % shown

    def getMessage(self):
        """str(msg), %-formatted with args when there are any."""
        text = str(self.msg)
        return text % self.args if self.args else text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Make records with factory, a callable taking LogRecord's arguments."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are the items of dict (the other fields
    take empty values)."""
    made = _logRecordFactory(None, None, "", 0, "", (), None, None)
    made.__dict__.update(dict)
    return made


# ===========================================================================
# Loggers, their hierarchy, and adapters
# ===========================================================================

def _dotted_prefixes(name):
    # "a.b.c" -> "a.b", "a": the names above a logger, nearest first. A dot
    # right before the last one found is passed over, as CPython's search
    # does, and so is a leading dot.
    end = len(name)
    while True:
        cut = name.rfind(".", 0, end)
        if cut <= 0:
            return
        yield name[:cut]
        end = cut - 1


def _lineage(logger):
    # The logger and every logger above it.
    while logger:
        yield logger
        logger = logger.parent


def _propagation(logger):
    # The loggers whose handlers see the logger's records: itself, then up
    # the hierarchy until one that does not propagate.
    while logger:
        yield logger
        logger = logger.parent if logger.propagate else None


def _no_handler_found(logger, record):
    # A record no handler saw goes to lastResort; with lastResort set to
    # None, the first such record says so once on sys.stderr.
    fallback = lastResort
    if fallback:
        if record.levelno >= fallback.level:
            fallback.handle(record)
        return
    manager = logger.manager
    if raiseExceptions and not manager.emittedNoHandlerWarning:
        sys.stderr.write('No handlers could be found for logger "%s"\n' % logger.name)
        manager.emittedNoHandlerWarning = True


class Logger(Filterer):
    """A named source of records. Loggers form a hierarchy by their dotted
    names; a record goes to the handlers of its logger and, while
    `propagate` is true, of the loggers above."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _checkLevel(level)
        self.parent, self.propagate = None, True
        self.handlers, self.disabled = [], False
        self._cache = {}

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def getChild(self, suffix):
        """The logger named suffix below this one."""
        if self is not self.root:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    # Levels

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def getEffectiveLevel(self):
        for logger in _lineage(self):
            if logger.level:
                return logger.level
        return NOTSET

    def isEnabledFor(self, level):
        if not self.disabled:
            # Answers are cached per level until a level changes anywhere.
            try:
                return self._cache[level]
            except KeyError:
                verdict = (False if self.manager.disable >= level
                           else level >= self.getEffectiveLevel())
                self._cache[level] = verdict
                return verdict
        return False

    # Handlers

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        return any(logger.handlers for logger in _propagation(self))

    # Logging calls

    def _if_enabled(self, level, msg, args, kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self._if_enabled(DEBUG, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        self._if_enabled(INFO, msg, args, kwargs)

    def warning(self, msg, *args, **kwargs):
        self._if_enabled(WARNING, msg, args, kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self._if_enabled(ERROR, msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self._if_enabled(CRITICAL, msg, args, kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args at the integer level."""
        if isinstance(level, int):
            self._if_enabled(level, msg, args, kwargs)
        elif raiseExceptions:
            raise TypeError("level must be an integer")

    # Making a record and passing it on

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        try:
            where = self.findCaller(stack_info, stacklevel)
            fn, lno, func, sinfo = where
        except ValueError:
            fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            exc_info = _exc_triple(exc_info)
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text or None) of
        the stacklevel-th calling frame outside this module."""
        chosen = _caller(1)
        if chosen is None:
            return "(unknown file)", 0, "(unknown function)", None
        # Walk out from findCaller's caller, as CPython does from
        # findCaller's frame; only frames outside logging count.
        outside = depth = 0
        wanted = stacklevel
        while wanted > 0:
            depth += 1
            place = _caller(depth)
            if place is None:
                break
            chosen = place
            if place[0] != _srcfile:
                outside += 1
                wanted -= 1
        stack_text = None
        if stack_info:
            frames = traceback.format_stack()
            # The script frames inside the chosen one are not its stack.
            if outside > 1:
                del frames[len(frames) - outside + 1:]
            stack_text = "Stack (most recent call last):\n" + "".join(frames)
            if stack_text.endswith("\n"):
                stack_text = stack_text[:-1]
        return chosen[0], chosen[1], chosen[4], stack_text

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Make the record (with the record factory) and add extra's items
        to it, none of which may replace one of its attributes."""
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info,
                                   func, sinfo)
        if extra is not None:
            attrs = record.__dict__
            for key in extra:
                if key in ("message", "asctime") or key in attrs:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                attrs[key] = extra[key]
        return record

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def callHandlers(self, record):
        """Give the record to every handler up the propagation chain whose
        level it reaches; with no handler at all, to lastResort."""
        seen = 0
        for logger in _propagation(self):
            for hdlr in logger.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
        if not seen:
            _no_handler_found(self, record)


    def __reduce__(self):
        # Copied or pickled, a logger stands for itself: getLogger(name),
        # which only a logger of the hierarchy is.
        if getLogger(self.name) is self:
            return getLogger, (self.name,)
        import pickle
        raise pickle.PicklingError('logger cannot be pickled')


class RootLogger(Logger):
    """The logger at the top of the hierarchy, called "root"."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


def _require_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def getLoggerClass():
    return _loggerClass


def setLoggerClass(klass):
    """Make getLogger() create its new loggers with klass."""
    global _loggerClass
    _require_logger_class(klass)
    _loggerClass = klass


class PlaceHolder(object):
    """Holds the place of a dotted name that has no logger yet, and keeps
    the loggers below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


class Manager(object):
    """Keeps the hierarchy of loggers by their dotted names."""

    def __init__(self, rootnode):
        self.root, self.disable = rootnode, 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = self.logRecordFactory = None

    def getLogger(self, name):
        """The logger of that name, made (and fitted into the hierarchy)
        the first time it is asked for."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        held = self.loggerDict.get(name, _ABSENT)
        if held is not _ABSENT and not isinstance(held, PlaceHolder):
            return held
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if held is not _ABSENT:
            self._fixupChildren(held, made)
        self._fixupParents(made)
        return made

    def _fixupParents(self, alogger):
        # The parent is the nearest logger above; the names above that have
        # no logger get (or join) a placeholder on the way.
        parent = None
        for prefix in _dotted_prefixes(alogger.name):
            entry = self.loggerDict.get(prefix, _ABSENT)
            if isinstance(entry, Logger):
                parent = entry
                break
            if entry is _ABSENT:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            else:
                entry.append(alogger)
        alogger.parent = parent or self.root

    def _fixupChildren(self, ph, alogger):
        # A logger taking a placeholder's place goes between the loggers
        # below it and their parents above it.
        for below in ph.loggerMap.keys():
            if not below.parent.name.startswith(alogger.name):
                alogger.parent = below.parent
                below.parent = alogger

    def _clear_cache(self):
        caches = [entry._cache for entry in self.loggerDict.values()
                  if isinstance(entry, Logger)]
        caches.append(self.root._cache)
        for cache in caches:
            cache.clear()

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def setLoggerClass(self, klass):
        _require_logger_class(klass)
        self.loggerClass = klass

    def _set_disable(self, value):
        self._disable = _checkLevel(value)

    # The level at and below which every record is dropped (disable()).
    disable = property(lambda self: self._disable, _set_disable)


class LoggerAdapter(object):
    """Logs through a logger, passing each call's message and keyword
    arguments through process(), which by default sets extra= to the
    adapter's `extra`."""

    def __init__(self, logger, extra=None):
        self.logger, self.extra = logger, extra

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (self.__class__.__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))

    __class_getitem__ = classmethod(_GenericAlias)

    def _set_manager(self, value):
        self.logger.manager = value

    # The wrapped logger's, read and written through.
    manager = property(lambda self: self.logger.manager, _set_manager)
    name = property(lambda self: self.logger.name)

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    # The rest is the logger's.

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ===========================================================================
# Format styles: '%' (printf), '{' (str.format) and '$' (string.Template)
# ===========================================================================

_field_parser = _string.Formatter()


class PercentStyle(object):
    # What usesTime() looks for, the format used when none is given, and
    # the asctime field written in this style.
    asctime_search = '%(asctime)'
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    validation_pattern = re.compile(
        r'%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]', re.I)

    def __init__(self, fmt, *, defaults=None):
        self._defaults = defaults
        self._fmt = fmt or self.default_format

    def _namespace(self, record):
        # The record's attributes, over the formatter's defaults.
        extra = self._defaults
        return extra | record.__dict__ if extra else record.__dict__

    def usesTime(self):
        return self._fmt.find(self.asctime_search) != -1

    def validate(self):
        """Raise ValueError unless the format has a field of this style."""
        if self.validation_pattern.search(self._fmt) is None:
            style = self.default_format[0]
            raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, style))

    def _format(self, record):
        return self._fmt % self._namespace(record)

    def format(self, record):
        try:
            text = self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)
        return text


class StrFormatStyle(PercentStyle):
    asctime_search = '{asctime'
    default_format = '{message}'
    asctime_format = '{asctime}'
    fmt_spec = re.compile(
        r'^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$', re.I)
    field_spec = re.compile(r'^(\d+|\w+)(\.\w+|\[[^]]+\])*$')

    def _format(self, record):
        return self._fmt.format(**self._namespace(record))

    def _fields(self):
        # The field names of the format; ValueError at the first bad part.
        names = set()
        for _literal, field, spec, conversion in _field_parser.parse(self._fmt):
            if field:
                if self.field_spec.match(field) is None:
                    raise ValueError('invalid field name/expression: %r' % field)
                names.add(field)
            if conversion and conversion not in 'rsa':
                raise ValueError('invalid conversion: %r' % conversion)
            if spec and self.fmt_spec.match(spec) is None:
                raise ValueError('bad specifier: %r' % spec)
        return names

    def validate(self):
        try:
            names = self._fields()
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not names:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    asctime_search = '${asctime}'
    default_format = '${message}'
    asctime_format = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._tpl = _string.Template(self._fmt)

    def usesTime(self):
        text = self._fmt
        return any(text.find(probe) != -1 for probe in ('$asctime', self.asctime_search))

    def validate(self):
        names = set()
        for found in _string.Template.pattern.finditer(self._fmt):
            parts = found.groupdict()
            name = parts['named'] or parts['braced']
            if name:
                names.add(name)
            elif found.group(0) == '$':
                raise ValueError("invalid format: bare '$' not allowed")
        if not names:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._namespace(record))


def _basic_format(field):
    # basicConfig's default format, "<levelname>:<name>:<message>", with
    # each field written by the pattern `field`.
    return ":".join(field % name for name in ("levelname", "name", "message"))


BASIC_FORMAT = _basic_format("%%(%s)s")

# style -> (its class, basicConfig's default format in it)
_STYLES = {}
for _style_class, _field in ((PercentStyle, "%%(%s)s"), (StrFormatStyle, "{%s}"),
                             (StringTemplateStyle, "${%s}")):
    _STYLES[_style_class.default_format[0]] = (_style_class, _basic_format(_field))
del _style_class, _field


def _style_entry(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    return _STYLES[style]


def _on_new_line(text, more):
    # text, then more starting on a line of its own.
    if text[-1:] != "\n":
        text = text + "\n"
    return text + more


# ===========================================================================
# Formatters
# ===========================================================================

class Formatter(object):
    """Turns a record into text: a format string in one of the three
    styles, then the exception's traceback and the stack, if any."""

    # Records have no zone: their times read as UTC (module docstring).
    converter = _time.gmtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        chosen = _style_entry(style)[0](fmt, defaults=defaults)
        if validate:
            chosen.validate()
        self._style, self._fmt, self.datefmt = chosen, chosen._fmt, datefmt

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # The traceback's text is kept on the record: later formatters
        # reuse it.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _on_new_line(text, record.exc_text)
        if record.stack_info:
            text = _on_new_line(text, self.formatStack(record.stack_info))
        return text

    def formatTime(self, record, datefmt=None):
        moment = self.converter(record.created)
        if datefmt:
            return _time.strftime(datefmt, moment)
        text = _time.strftime(self.default_time_format, moment)
        with_msecs = self.default_msec_format
        return with_msecs % (text, record.msecs) if with_msecs else text

    def formatException(self, ei):
        text = "".join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith("\n") else text

    def formatStack(self, stack_info):
        return stack_info

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a list of records as one text: a header, each record with
    linefmt, and a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not len(records):
            return ""
        text = "" + self.formatHeader(records)
        for record in records:
            text += self.linefmt.format(record)
        return text + self.formatFooter(records)


# ===========================================================================
# Configuration
# ===========================================================================

def _basic_handlers(options):
    # basicConfig's handlers: the ones given, or one StreamHandler.
    given = options.pop("handlers", None)
    if given is not None:
        if "stream" in options or "filename" in options:
            raise ValueError("'stream' or 'filename' should not be specified "
                             "together with 'handlers'")
        return given
    if "stream" in options and "filename" in options:
        raise ValueError("'stream' and 'filename' should not be specified together")
    filename = options.pop("filename", None)
    options.pop("filemode", None)
    if filename:
        raise NotImplementedError(
            "basicConfig(filename=...) is not available in the sandbox: moat "
            "writes no files; pass stream= or handlers= instead")
    return [StreamHandler(options.pop("stream", None))]


def basicConfig(**kwargs):
    """Configure the root logger once: give it handlers (a StreamHandler by
    default) sharing a formatter, and a level. It does nothing while the
    root logger has handlers, unless force=True, which first removes and
    closes them."""
    force = kwargs.pop('force', False)
    # encoding= and errors= only concern files, which the sandbox lacks.
    kwargs.pop('encoding', None)
    kwargs.pop('errors', None)
    if force:
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if len(root.handlers) != 0:
        return
    handlers = _basic_handlers(kwargs)
    datefmt = kwargs.pop("datefmt", None)
    style = kwargs.pop("style", '%')
    fmt = kwargs.pop("format", _style_entry(style)[1])
    shared = Formatter(fmt, datefmt, style)
    for hdlr in handlers:
        if hdlr.formatter is None:
            hdlr.setFormatter(shared)
        root.addHandler(hdlr)
    level = kwargs.pop("level", None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    """The logger with that dotted name, made the first time; the root
    logger when the name is empty or "root"."""
    if name and not (isinstance(name, str) and name == root.name):
        return Logger.manager.getLogger(name)
    return root


def _configured_root():
    # The module-level logging functions configure the root logger the
    # first time, when it has no handler.
    if len(root.handlers) == 0:
        basicConfig()
    return root


def log(level, msg, *args, **kwargs):
    _configured_root().log(level, msg, *args, **kwargs)


def critical(msg, *args, **kwargs):
    _configured_root().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _configured_root().debug(msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at level or below, whatever the loggers' levels."""
    manager = root.manager
    manager.disable = level
    manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close the handlers still alive, newest first."""
    for ref in reversed(list(handlerList)):
        try:
            hdlr = ref()
            if hdlr:
                _flush_and_close(hdlr)
        except:
            if raiseExceptions:
                raise


def _flush_and_close(hdlr):
    # Errors of handlers closed already (OSError, ValueError) are passed over.
    try:
        hdlr.acquire()
        hdlr.flush()
        hdlr.close()
    except (OSError, ValueError):
        pass
    finally:
        hdlr.release()


# ===========================================================================
# Warnings as records
# ===========================================================================

# warnings.showwarning as it was before captureWarnings(True).
_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    # Stands in for warnings.showwarning while warnings are captured: a
    # warning bound for a file goes there; the others become WARNING
    # records of the "py.warnings" logger.
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger("py.warnings")
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning(str(text))


def captureWarnings(capture):
    """Route warnings to the "py.warnings" logger (True), or back to
    warnings.showwarning (False)."""
    global _warnings_showwarning
    if capture and _warnings_showwarning is None:
        _warnings_showwarning = warnings.showwarning
        warnings.showwarning = _showwarning
    elif not capture and _warnings_showwarning is not None:
        warnings.showwarning = _warnings_showwarning
        _warnings_showwarning = None
