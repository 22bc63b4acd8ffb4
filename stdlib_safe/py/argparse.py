"""Command-line parsing: moat's argparse, written for the sandbox.

Behaves as CPython 3.11's argparse: the same classes, the same parsing
rules, the same messages and the same help layout, character for character.
The code is moat's own; only the API (class, method and attribute names that
user code calls or overrides) and the texts follow CPython. What differs is
what the sandbox has no means for:

* the terminal width: moat has no terminal and no environment, so help is
  laid out for 80 columns (CPython's `shutil.get_terminal_size()` fallback
  when COLUMNS is unset and stdout is not a terminal);
* files: `FileType` converts '-' to sys.stdin/sys.stdout as CPython's does;
  a named file, and an argument naming a file of arguments through
  `fromfile_prefix_chars`, end as CPython ends on a file it cannot open (a
  usage error, exit status 2), with "can't open 'NAME': files are not
  available in the sandbox";
* `prog` defaults to the last component of sys.argv[0], as CPython's
  `os.path.basename` gives it (moat's argv[0] is the script as given to
  `moat run`).

How parsing works here. Every argument string gets a letter: 'O' when it
names an option, 'A' when it is an argument, '-' for the first '--' (every
string after it is an 'A'). What an action may consume is a short list of
pieces, each a set of letters with a least and a most count (_shape());
_fit() finds how many letters each of a run of actions takes, trying the
longest count of each piece first and backing off, which is the order in
which CPython's regular expressions settle. The parse itself is a _ParseRun:
it walks the letters from option to option, giving the positionals whatever
runs of arguments lie between.

The file runs: what actions consume, errors and Namespace, help formatting,
the containers and ArgumentParser, one parse, then the action classes.
"""

import re as _re
import sys as _sys
import warnings

__version__ = '1.1'
__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
    'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
    'SUPPRESS', 'ZERO_OR_MORE',
]

# The nargs spellings, and SUPPRESS: "leave this out" for help, default and
# dest alike.
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'
SUPPRESS = '==SUPPRESS=='

# Where a subparser leaves the strings it did not recognise for its parent.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'

# The width CPython's formatter gets from shutil.get_terminal_size() when
# neither COLUMNS nor a terminal says otherwise.
_TERMINAL_COLUMNS = 80

# re's '\s' under re.ASCII: what help texts collapse into single spaces.
_ASCII_SPACE_RUN = _re.compile('[ \t\n\r\f\v]+')
_BLANK_LINES = _re.compile('\n{3,}')
# A string that reads as a negative number is an argument unless the parser
# has an option that looks like one.
_NEGATIVE_NUMBER = _re.compile(r'-\d+$|-\d*\.\d+$')


def _basename(path):
    return path.rsplit('/', 1)[-1]


def _fresh_list(current):
    # append/extend build a new list rather than grow a default in place.
    if current is None:
        return []
    if type(current) is list:
        return list(current)
    import copy
    return copy.copy(current)


def _argument_label(action):
    """How messages name an argument, or None."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for shown in (action.metavar, action.dest):
        if shown is not None and shown != SUPPRESS:
            return shown
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


class _AttributeHolder(object):
    """Gives a class the `Name(attr=value, ...)` repr of its attributes."""

    def __repr__(self):
        shown = list(map(repr, self._get_args()))
        leftovers = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                leftovers[key] = value
        if leftovers:
            shown.append('**' + repr(leftovers))
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def _get_args(self):
        return []

    def _get_kwargs(self):
        return [(key, value) for key, value in self.__dict__.items()]


# ---------------------------------------------------------------------------
# What an action consumes
# ---------------------------------------------------------------------------

_DASHES = ('-', 0, None)
_ONE = ('A', 1, 1)


def _shape(nargs):
    """The pieces of letters a positional with this nargs consumes, in order."""
    if nargs is None:
        return [_DASHES, _ONE, _DASHES]
    if nargs == OPTIONAL:
        return [_DASHES, ('A', 0, 1), _DASHES]
    if nargs == ZERO_OR_MORE:
        return [_DASHES, ('A-', 0, None)]
    if nargs == ONE_OR_MORE:
        return [_DASHES, _ONE, ('A-', 0, None)]
    if nargs == REMAINDER:
        return [('-AO', 0, None)]
    if nargs == PARSER:
        return [_DASHES, _ONE, ('-AO', 0, None)]
    if nargs == SUPPRESS:
        return [_DASHES]
    return [_DASHES] + [_ONE, _DASHES] * nargs


def _action_shape(action):
    # An option never sees the '--' letter: it ends the options.
    pieces = _shape(action.nargs)
    if not action.option_strings:
        return pieces
    kept = []
    for letters, least, most in pieces:
        letters = letters.replace('-', '')
        if letters:
            kept.append((letters, least, most))
    return kept


def _fit(shapes, letters):
    """How many letters each shape takes from the front of `letters`, or None
    if they cannot all be satisfied. Each piece first takes as many letters
    as it can and gives them back one at a time while a later piece fails."""
    pieces = []
    for owner, shape in enumerate(shapes):
        for piece in shape:
            pieces.append((owner, piece))
    taken = [0] * len(pieces)
    hopeless = set()

    def place(k, at):
        if k == len(pieces):
            return True
        if (k, at) in hopeless:
            return False
        chars, least, most = pieces[k][1]
        room = len(letters) - at
        if most is not None and most < room:
            room = most
        run = 0
        while run < room and letters[at + run] in chars:
            run += 1
        for count in range(run, least - 1, -1):
            if place(k + 1, at + count):
                taken[k] = count
                return True
        hopeless.add((k, at))
        return False

    if not place(0, 0):
        return None
    totals = [0] * len(shapes)
    for (owner, _), count in zip(pieces, taken):
        totals[owner] += count
    return totals


def _arity_message(nargs):
    fixed = {None: 'expected one argument',
             OPTIONAL: 'expected at most one argument',
             ONE_OR_MORE: 'expected at least one argument'}
    if nargs in fixed:
        return fixed[nargs]
    if nargs == 1:
        return 'expected %s argument' % nargs
    return 'expected %s arguments' % nargs


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

class ArgumentError(Exception):
    """An error about one argument; str() names the argument."""

    def __init__(self, argument, message):
        self.message = message
        self.argument_name = _argument_label(argument)

    def __str__(self):
        if self.argument_name is not None:
            return 'argument %s: %s' % (self.argument_name, self.message)
        return '%s' % (self.message,)


class ArgumentTypeError(Exception):
    """Raised by a type= function to give its own message."""


# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------

class Namespace(_AttributeHolder):
    """The parsed values, as attributes."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

# How the usage line is cut when too long: a bracketed or parenthesised run
# ending at a blank stays whole, anything else splits at blanks.
_USAGE_CHUNK = _re.compile(r'[(].*?[)]+(?=\s|$)|[\[].*?[\]]+(?=\s|$)|\S+')

# Tidying the brackets of mutually exclusive groups, in this order: no blank
# just inside a bracket, no empty pair, no parentheses around one choice.
_USAGE_TIDY = (
    (_re.compile(r'([(\[]) '), r'\1'),
    (_re.compile(r' ([)\]])'), r'\1'),
    (_re.compile(r'[(\[] *[)\]]'), ''),
    (_re.compile(r'\(([^|]*)\)'), r'\1'),
)


def _pack_rows(parts, first_column, column, width):
    """Greedy filling: rows of parts, each row as long as fits in `width`
    when it starts at its column (the first row at first_column)."""
    rows = []
    start = first_column
    for part in parts:
        if rows and start + len(' '.join(rows[-1] + [part])) <= width:
            rows[-1].append(part)
            continue
        if rows:
            start = column
        rows.append([part])
    return rows


class HelpFormatter(object):
    """Lays out usage and help text. Only the class name is public API; the
    underscore methods are the hooks subclasses customarily override."""

    class _Section(object):
        # A titled part of the help, and the entries under it. Nothing is
        # rendered until format_help(): the column where help texts start
        # depends on every action added.

        def __init__(self, outer, title=None):
            self.outer = outer
            self.title = title
            self.entries = []

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _TERMINAL_COLUMNS - 2
        self._prog = prog
        self._width = width
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(indent_increment * 2, width - 20))
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(None)
        self._current_section = self._root_section

    def _indent(self):
        self._level += 1
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._level -= 1
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'

    # -- collecting ---------------------------------------------------------

    def start_section(self, heading):
        self._indent()
        block = self._Section(self._current_section, heading)
        self._current_section.entries.append(('block', block))
        self._current_section = block

    def end_section(self):
        self._dedent()
        self._current_section = self._current_section.outer

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._current_section.entries.append(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._current_section.entries.append(('usage', (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        # The help column is set by the widest invocation, subcommands
        # included (they are shown one level further in).
        # (they are shown one level further in, but are measured as if they
        # were not).
        widest = len(self._format_action_invocation(action))
        for choice in self._iter_indented_subactions(action):
            widest = max(widest, len(self._format_action_invocation(choice)))
        widest += self._current_indent
        if widest > self._action_max_length:
            self._action_max_length = widest
        self._current_section.entries.append(('action', action))

    def add_arguments(self, actions):
        list(map(self.add_argument, actions))

    # -- rendering ----------------------------------------------------------

    def format_help(self):
        text = self._render_block(self._root_section)
        if not text:
            return text
        return _BLANK_LINES.sub('\n\n', text).strip('\n') + '\n'

    def _render_block(self, block):
        nested = block is not self._root_section
        if nested:
            self._indent()
        pieces = []
        for kind, payload in block.entries:
            if kind == 'block':
                pieces.append(self._render_block(payload))
            elif kind == 'text':
                pieces.append(self._format_text(payload))
            elif kind == 'usage':
                pieces.append(self._format_usage(*payload))
            else:
                pieces.append(self._format_action(payload))
        body = self._join_parts(pieces)
        if nested:
            self._dedent()
        if not body:
            return ''
        title = block.title
        if title is None or title is SUPPRESS:
            heading = ''
        else:
            heading = ' ' * self._current_indent + '%s:\n' % (title,)
        return self._join_parts(['\n', heading, body, '\n'])

    def _join_parts(self, part_strings):
        kept = []
        for part in part_strings:
            if part and part is not SUPPRESS:
                kept.append(part)
        return ''.join(kept)

    # -- usage --------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            body = usage % {'prog': self._prog}
        elif actions:
            body = self._usage_for(actions, groups, prefix)
        else:
            body = '%(prog)s' % {'prog': self._prog}
        return prefix + body + '\n\n'

    def _usage_for(self, actions, groups, prefix):
        prog = '%(prog)s' % {'prog': self._prog}
        options = []
        positionals = []
        for action in actions:
            (options if action.option_strings else positionals).append(action)
        flat = self._format_actions_usage(options + positionals, groups)
        one_line = prog + ' ' + flat if flat else prog
        width = self._width - self._current_indent
        if len(prefix) + len(one_line) <= width:
            return one_line

        chunked = []
        for members in (options, positionals):
            text = self._format_actions_usage(members, groups)
            chunks = _USAGE_CHUNK.findall(text)
            assert ' '.join(chunks) == text
            chunked.append(chunks)
        option_chunks, positional_chunks = chunked

        if len(prefix) + len(prog) > 0.75 * width:
            # A long prog stands alone; the rest goes below, under the
            # prefix, options and positionals on lines of their own if
            # they do not share one.
            pad = ' ' * len(prefix)
            column = len(prefix)
            rows = _pack_rows(option_chunks + positional_chunks, column, column, width)
            if len(rows) > 1:
                rows = (_pack_rows(option_chunks, column, column, width)
                        + _pack_rows(positional_chunks, column, column, width))
            return '\n'.join([prog] + [pad + ' '.join(row) for row in rows])

        # A short prog: the rest continues beside it, and wrapped lines line
        # up after it. Positionals start a line of their own.
        column = len(prefix) + len(prog) + 1
        pad = ' ' * column
        if option_chunks:
            rows = _pack_rows([prog] + option_chunks, len(prefix), column, width)
            rows += _pack_rows(positional_chunks, column, column, width)
        elif positional_chunks:
            rows = _pack_rows([prog] + positional_chunks, len(prefix), column, width)
        else:
            rows = [[prog]]
        lines = [' '.join(rows[0])]
        lines.extend(pad + ' '.join(row) for row in rows[1:])
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # marks[i] is what stands before actions[i] (or at the end when i is
        # len(actions)): the brackets of a mutually exclusive group whose
        # members appear there in order, and the bars between its members.
        marks = {}
        in_group = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            if actions[first:last] != members:
                continue
            in_group.update(members)
            opening, closing = ('(', ')') if group.required else ('[', ']')
            marks[first] = marks[first] + ' ' + opening if first in marks else opening
            marks[last] = marks[last] + closing if last in marks else closing
            for between in range(first + 1, last):
                marks[between] = '|'

        shown = []
        for index, action in enumerate(actions):
            if action.help is SUPPRESS:
                # A hidden member takes one of its bars with it.
                for near in (index, index + 1):
                    if marks.get(near) == '|':
                        del marks[near]
                        break
                shown.append(None)
                continue
            if action.option_strings:
                if action.nargs == 0:
                    text = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    text = action.option_strings[0] + ' ' + self._format_args(action, metavar)
                if not (action.required or action in in_group):
                    text = '[' + text + ']'
            else:
                metavar = self._get_default_metavar_for_positional(action)
                text = self._format_args(action, metavar)
                if action in in_group and text[0] == '[' and text[-1] == ']':
                    text = text[1:-1]
            shown.append(text)

        words = []
        for index in range(len(actions) + 1):
            if index in marks:
                words.append(marks[index])
            if index < len(shown) and shown[index] is not None:
                words.append(shown[index])
        text = ' '.join(words)
        for pattern, replacement in _USAGE_TIDY:
            text = pattern.sub(replacement, text)
        return text.strip()

    # -- texts and actions --------------------------------------------------

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(11, self._width - self._current_indent)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_column = min(self._max_help_position, self._action_max_length + 2)
        help_width = max(11, self._width - help_column)
        label_room = help_column - self._current_indent - 2
        label = self._format_action_invocation(action)
        margin = ' ' * self._current_indent

        out = []
        help_starts_at = 0
        if action.help and len(label) <= label_room:
            out.append(margin + label.ljust(label_room) + '  ')
        else:
            out.append(margin + label + '\n')
            help_starts_at = help_column
        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, help_width)
                out.append(' ' * help_starts_at + '%s\n' % (lines[0],))
                out.extend(' ' * help_column + '%s\n' % (line,) for line in lines[1:])
        elif not out[0].endswith('\n'):
            out.append('\n')
        for choice in self._iter_indented_subactions(action):
            out.append(self._format_action(choice))
        return self._join_parts(out)

    def _format_action_invocation(self, action):
        if action.option_strings:
            if action.nargs == 0:
                return ', '.join(action.option_strings)
            metavar = self._get_default_metavar_for_optional(action)
            shown = self._format_args(action, metavar)
            return ', '.join(['%s %s' % (flag, shown) for flag in action.option_strings])
        metavar = self._get_default_metavar_for_positional(action)
        (single,) = self._metavar_formatter(action, metavar)(1)
        return single

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            chosen = action.metavar
        elif action.choices is None:
            chosen = default_metavar
        else:
            chosen = '{' + ','.join(str(choice) for choice in action.choices) + '}'

        def format(tuple_size):
            if isinstance(chosen, tuple):
                return chosen
            return tuple([chosen] * tuple_size)
        return format

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs == SUPPRESS:
            return ''
        if nargs == REMAINDER:
            return '...'
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == ZERO_OR_MORE:
            pair = names(1)
            template = '[%s [%s ...]]' if len(pair) == 2 else '[%s ...]'
            return template % pair
        try:
            count = len(range(nargs))
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return ' '.join(['%s'] * count) % names(nargs)

    def _expand_help(self, action):
        # What %(name)s may name in a help text: the action's attributes and
        # prog, SUPPRESS ones left out, functions and classes by name.
        merged = dict(vars(action))
        merged['prog'] = self._prog
        values = {}
        for key, value in merged.items():
            if value is not SUPPRESS:
                values[key] = value.__name__ if hasattr(value, '__name__') else value
        if values.get('choices') is not None:
            values['choices'] = ', '.join(map(str, values['choices']))
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        if not hasattr(action, '_get_subactions'):
            return
        listed = action._get_subactions
        self._indent()
        for choice in listed():
            yield choice
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_ASCII_SPACE_RUN.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        flat = _ASCII_SPACE_RUN.sub(' ', text).strip()
        return textwrap.fill(flat, width, initial_indent=indent, subsequent_indent=indent)

    # How an argument is named by default: a positional by its dest, an
    # option by its dest in capitals.

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's own line breaks."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every help text too."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to the help of arguments that have one."""

    def _get_help_string(self, action):
        text = '' if action.help is None else action.help
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names arguments after their type instead of their dest."""

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------
# Containers of actions: parsers and groups
# ---------------------------------------------------------------------------

class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        self._registries = {}
        for key, cls in _ACTION_CLASSES.items():
            self.register('action', key, cls)
        self._get_handler()  # an unknown conflict_handler fails here
        # What the parser knows. Its groups hold these very objects, so that
        # adding through a group adds to the parser.
        self._actions, self._action_groups, self._mutually_exclusive_groups = [], [], []
        self._option_string_actions, self._defaults = {}, {}
        # Non-empty once an option looks like a negative number; strings
        # that look like one are options from then on, not arguments.
        self._negative_flags = []

    def register(self, registry_name, value, object):
        if registry_name not in self._registries:
            self._registries[registry_name] = {}
        self._registries[registry_name][value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries.setdefault(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in [a for a in self._actions if a.dest in kwargs]:
            action.default = kwargs[action.dest]

    def get_default(self, dest):
        # An action's own default wins over set_defaults().
        given = [a.default for a in self._actions if a.dest == dest and a.default is not None]
        return given[0] if given else self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """Add a positional argument (one name without a prefix character)
        or an option (one or more prefixed strings); the keywords configure
        its Action. Returns the Action."""
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            settings = self._get_positional_kwargs(*args, **kwargs)
        else:
            settings = self._get_optional_kwargs(*args, **kwargs)

        if 'default' not in settings:
            if settings['dest'] in self._defaults:
                settings['default'] = self._defaults[settings['dest']]
            elif self.argument_default is not None:
                settings['default'] = self.argument_default

        factory = settings.pop('action', None)
        factory = self._registry_get('action', factory, factory)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**settings)

        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (converter,))
        # A metavar tuple of the wrong length only shows when formatting.
        if hasattr(self, '_get_formatter'):
            probe = self._get_formatter()
            try:
                probe._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for flag in action.option_strings:
            self._option_string_actions[flag] = action
        if not self._negative_flags:
            if any(_NEGATIVE_NUMBER.match(flag) for flag in action.option_strings):
                self._negative_flags.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # parents=: the parent's actions join groups of the same titles here
        # (made when missing) and copies of its exclusive groups.
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r'
                                 % (group.title))
            by_title[group.title] = group
        destination = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            home = by_title[group.title]
            destination.update((action, home) for action in group._group_actions)
        for group in container._mutually_exclusive_groups:
            copy = self.add_mutually_exclusive_group(required=group.required)
            destination.update((action, copy) for action in group._group_actions)
        for action in container._actions:
            destination.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # '?' never, and '*' only with a default, may be left out.
        if nargs == ZERO_OR_MORE:
            if 'default' not in kwargs:
                kwargs['required'] = True
        elif nargs != OPTIONAL:
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _get_optional_kwargs(self, *args, **kwargs):
        chars = self.prefix_chars
        flag = None
        for flag in args:
            if flag[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (flag, chars))
        dest = kwargs.pop('dest', None)
        if dest is None:
            long_flags = [f for f in args if len(f) > 1 and f[1] in chars]
            source = long_flags[0] if long_flags else args[0]
            dest = source.lstrip(chars).replace('-', '_')
            if not dest:
                raise ValueError('dest= is required for options like %r' % flag)
        kwargs['dest'] = dest
        kwargs['option_strings'] = list(args)
        return kwargs

    def _get_handler(self):
        name = '_handle_conflict_%s' % self.conflict_handler
        if not hasattr(self, name):
            raise ValueError('invalid conflict_resolution value: %r'
                             % self.conflict_handler)
        return getattr(self, name)

    def _check_conflict(self, action):
        taken = self._option_string_actions
        clashes = [(flag, taken[flag]) for flag in action.option_strings if flag in taken]
        if clashes:
            handler = self._get_handler()
            handler(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        flags = [flag for flag, _ in conflicting_actions]
        if len(flags) == 1:
            message = 'conflicting option string: %s'
        else:
            message = 'conflicting option strings: %s'
        raise ArgumentError(action, message % ', '.join(flags))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The newer action wins; an older one left with no option strings
        # leaves its container.
        for flag, older in conflicting_actions:
            older.option_strings.remove(flag)
            self._option_string_actions.pop(flag, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        _ActionsContainer.__init__(self, description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # The group's tables are its parser's: what it adds, the parser has.
        for shared in ('_registries', '_actions', '_option_string_actions', '_defaults',
                       '_negative_flags', '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        added = _ActionsContainer._add_action(self, action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        _ActionsContainer._remove_action(self, action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        warnings.warn("Nesting argument groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return _ActionsContainer.add_argument_group(self, *args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self._container = container
        self.required = required

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        warnings.warn("Nesting mutually exclusive groups is deprecated.",
                      category=DeprecationWarning, stacklevel=2)
        return _ArgumentGroup.add_mutually_exclusive_group(self, *args, **kwargs)


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Parses command-line strings into a Namespace; see CPython's docs."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description, prefix_chars, argument_default,
                                   conflict_handler)
        self.prog = _basename(_sys.argv[0]) if prog is None else prog
        self.usage, self.epilog = usage, epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, _identity)

        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead + lead + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            if hasattr(parent, '_defaults'):
                self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        shown = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help')
        return [(key, getattr(self, key)) for key in shown]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            heading = kwargs.pop('title', 'subcommands')
            about = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(heading, about)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # A subcommand's prog: this parser's usage up to the subcommand,
            # options left out.
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        factory = kwargs.pop('action', 'parsers')
        factory = self._registry_get('action', factory, factory)
        made = factory(option_strings=[], **kwargs)
        self._subparsers._add_action(made)
        return made

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _get_positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -- parsing ------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, unknown = self.parse_known_args(args, namespace)
        if unknown:
            self.error('unrecognized arguments: %s' % ' '.join(unknown))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        strings = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            dest = action.dest
            if dest is SUPPRESS or hasattr(namespace, dest):
                continue
            if action.default is not SUPPRESS:
                setattr(namespace, dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, unknown = self._parse_known_args(strings, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            unknown.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, unknown

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _ParseRun(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        for text in arg_strings:
            if text and text[0] in self.fromfile_prefix_chars:
                # CPython reports a file it cannot open with error(); moat
                # can open none.
                self.error(_no_file_message(text[1:]))
        return list(arg_strings)

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _arguments_for(self, action, letters):
        """How many of the letters an option's action takes; an
        ArgumentError if it cannot be satisfied."""
        counts = _fit([_action_shape(action)], letters)
        if counts is None:
            raise ArgumentError(action, _arity_message(action.nargs))
        return counts[0]

    def _parse_optional(self, arg_string):
        # None for an argument, else (action or None, option string,
        # attached argument or None).
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        flags = self._option_string_actions
        if arg_string in flags:
            return flags[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        name, equals, attached = arg_string.partition('=')
        if equals and name in flags:
            return flags[name], name, attached
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            listed = ', '.join([flag for _, flag, _ in candidates])
            self.error('ambiguous option: %s could match %s' % (arg_string, listed))
        # A negative number (unless options look like numbers) or anything
        # with a space is an argument; else an unknown option, which a
        # subparser may know.
        if ' ' in arg_string or (_NEGATIVE_NUMBER.match(arg_string)
                                 and not self._negative_flags):
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        chars = self.prefix_chars
        if option_string[0] not in chars:
            self.error('unexpected option string: %s' % option_string)
        flags = self._option_string_actions
        if option_string[1] in chars:
            # --name: any option it begins, when abbreviations are allowed;
            # only '=' splits off an argument.
            if not self.allow_abbrev:
                return []
            stem, equals, attached = option_string.partition('=')
            if not equals:
                attached = None
            return [(flags[flag], flag, attached) for flag in flags if flag.startswith(stem)]
        # -xVALUE: a one-letter flag with its argument attached, or any
        # option the whole string begins.
        short = option_string[:2]
        found = []
        for flag in flags:
            if flag == short:
                found.append((flags[flag], flag, option_string[2:]))
            elif flag.startswith(option_string):
                found.append((flags[flag], flag, None))
        return found

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, unknown = self.parse_known_intermixed_args(args, namespace)
        if unknown:
            self.error('unrecognized arguments: %s' % ' '.join(unknown))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # Two passes. The first takes the options, with every positional
        # made to take nothing and leave no default; the second gives the
        # positionals what the first left, no option being required then.
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(member in positionals for member in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in'
                                ' mutuallyExclusiveGroup')
        given_usage = self.usage
        try:
            try:
                if given_usage is None:
                    # Errors in either pass show the full usage.
                    self.usage = self.format_usage()[len('usage: '):]
                _stash(positionals, 'nargs', SUPPRESS)
                _stash(positionals, 'default', SUPPRESS)
                namespace, leftover = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        warnings.warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                _unstash(positionals, 'nargs')
                _unstash(positionals, 'default')
            options = self._get_optional_actions()
            groups = self._mutually_exclusive_groups
            try:
                _stash(options, 'required', False)
                _stash(groups, 'required', False)
                namespace, unknown = self.parse_known_args(leftover, namespace)
            finally:
                _unstash(options, 'required')
                _unstash(groups, 'required')
        finally:
            self.usage = given_usage
        return namespace, unknown

    # -- values -------------------------------------------------------------

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs != PARSER and nargs != REMAINDER and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings:
            if nargs == OPTIONAL:
                value = action.const if action.option_strings else action.default
                if isinstance(value, str):
                    value = self._get_value(action, value)
                    self._check_value(action, value)
                return value
            if nargs == ZERO_OR_MORE and not action.option_strings:
                value = arg_strings if action.default is None else action.default
                self._check_value(action, value)
                return value
        if nargs == SUPPRESS:
            return SUPPRESS
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        values = [self._get_value(action, text) for text in arg_strings]
        if nargs == PARSER:
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            label = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (label, arg_string))

    def _check_value(self, action, value):
        allowed = action.choices
        if allowed is None or value in allowed:
            return
        listed = ', '.join([repr(choice) for choice in allowed])
        raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, listed))

    # -- help and exits -----------------------------------------------------

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        # One section per argument group, in the order they were made.
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        text = formatter.format_help()
        return text

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        (_sys.stderr if file is None else file).write(message)

    def error(self, message):
        """Write the usage and `PROG: error: MESSAGE` to stderr and exit
        with status 2. An override must not return either."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)


def _identity(string):
    return string


# ---------------------------------------------------------------------------
# One parse
# ---------------------------------------------------------------------------

class _ParseRun(object):
    """The state of one parse_known_args() call over a list of strings."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.set_by_user = set()   # seen with a value other than the default
        self.waiting = parser._get_positional_actions()
        self.found = {}            # index -> (action or None, flag, attached)
        letters = []
        try:
            cut = strings.index('--')
        except ValueError:
            cut = len(strings)
        for index in range(cut):
            hit = parser._parse_optional(strings[index])
            if hit is None:
                letters.append('A')
            else:
                self.found[index] = hit
                letters.append('O')
        if cut < len(strings):
            letters.append('-' + 'A' * (len(strings) - cut - 1))
        self.letters = ''.join(letters)

    def rivals(self, action):
        for group in self.parser._mutually_exclusive_groups:
            members = group._group_actions
            if action in members:
                for other in members:
                    if other is not action:
                        yield other

    def apply(self, action, strings, flag=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        # Only a value other than the default counts against the other
        # members of a mutually exclusive group.
        if values is not action.default:
            self.set_by_user.add(action)
            for other in self.rivals(action):
                if other in self.set_by_user:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _argument_label(other))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, flag)

    def positionals(self, at):
        # As many of the waiting positionals as the strings from `at` can
        # satisfy, each taking its share, even an empty one.
        shapes = [_action_shape(action) for action in self.waiting]
        counts = []
        for size in range(len(shapes), 0, -1):
            counts = _fit(shapes[:size], self.letters[at:])
            if counts is not None:
                break
        counts = counts or []
        ready, self.waiting = self.waiting[:len(counts)], self.waiting[len(counts):]
        for action, count in zip(ready, counts):
            self.apply(action, self.strings[at:at + count])
            at += count
        return at

    def option(self, at):
        action, flag, attached = self.found[at]
        if action is None:
            self.extras.append(self.strings[at])
            return at + 1
        parser = self.parser
        batch = []
        while attached is not None:
            # -xVALUE, --name=VALUE, or -xyz for flags -x, -y and -z.
            wants = parser._arguments_for(action, 'A')
            if wants == 1:
                batch.append((action, [attached], flag))
                break
            if wants == 0 and flag[1] not in parser.prefix_chars and attached != '':
                batch.append((action, [], flag))
                flag = flag[0] + attached[0]
                following = parser._option_string_actions.get(flag)
                if following is None:
                    raise ArgumentError(action, 'ignored explicit argument %r' % attached)
                action, attached = following, attached[1:] or None
                continue
            raise ArgumentError(action, 'ignored explicit argument %r' % attached)
        else:
            count = parser._arguments_for(action, self.letters[at + 1:])
            batch.append((action, self.strings[at + 1:at + 1 + count], flag))
            at += count
        for action, strings, flag in batch:
            self.apply(action, strings, flag)
        return at + 1

    def run(self):
        at = 0
        marks = sorted(self.found)
        while True:
            ahead = [index for index in marks if index >= at]
            if not ahead:
                break
            if at < ahead[0]:
                moved = self.positionals(at)
                if moved > at:
                    at = moved
                    continue
                self.extras.extend(self.strings[at:ahead[0]])
                at = ahead[0]
            at = self.option(at)
        at = self.positionals(at)
        self.extras.extend(self.strings[at:])
        self.finish()
        return self.namespace, self.extras

    def finish(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_argument_label(action))
                continue
            # A string default goes through type= only now, once it is known
            # that no argument replaced it.
            default = action.default
            if (isinstance(default, str) and hasattr(namespace, action.dest)
                    and getattr(namespace, action.dest) is default):
                setattr(namespace, action.dest, parser._get_value(action, default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if self.set_by_user.intersection(group._group_actions):
                continue
            names = [_argument_label(member) for member in group._group_actions
                     if member.help is not SUPPRESS]
            parser.error('one of the arguments %s is required' % ' '.join(names))


def _stash(items, name, value):
    # Set an attribute of each item, keeping the old value as save_<name>
    # (CPython's names: code that inspects actions mid-parse sees them).
    for item in items:
        setattr(item, 'save_' + name, getattr(item, name))
        setattr(item, name, value)


def _unstash(items, name):
    for item in items:
        setattr(item, name, getattr(item, 'save_' + name))


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                  'choices', 'required', 'help', 'metavar')


class Action(_AttributeHolder):
    """What an argument does with the strings it matched. Its constructor's
    keywords are its attributes."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        given = (option_strings, dest, nargs, const, default, type, choices,
                 required, help, metavar)
        for field, value in zip(_ACTION_FIELDS, given):
            setattr(self, field, value)

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        flags = []
        for flag in option_strings:
            flags.append(flag)
            if flag[:2] == '--':
                flags.append('--no-%s' % flag[2:])
        super().__init__(flags, dest, 0, None, default, type, choices,
                        required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _refuse_bad_nargs(kind, nargs, const, advice):
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; if %s' % (kind, advice))
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        _refuse_bad_nargs('store', nargs, const,
                          'you have nothing to store, actions such as store true or '
                          'store const may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type,
                        choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        # metavar is accepted and dropped, as CPython drops it.
        super().__init__(option_strings, dest, 0, const, default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default,
                                   required, help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default,
                                   required, help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        _refuse_bad_nargs('append', nargs, const,
                          'arg strings are not supplying the value to append, the '
                          'append const action may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type,
                        choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _fresh_list(getattr(namespace, self.dest, None))
        grown.append(values)
        setattr(namespace, self.dest, grown)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default,
                        required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _fresh_list(getattr(namespace, self.dest, None))
        grown.append(self.const)
        setattr(namespace, self.dest, grown)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        before = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if before is None else before) + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):

    class _ChoicesPseudoAction(Action):
        # A subcommand's line in the help listing.

        def __init__(self, name, aliases, help):
            label = name
            if aliases:
                label = '%s (%s)' % (name, ', '.join(aliases))
            super().__init__([], name, help=help, metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, choices=self._name_parser_map,
                        required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        aliases = kwargs.pop('aliases', ())
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        known = self._name_parser_map
        if name in known:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        clash = [alias for alias in aliases if alias in known]
        if clash:
            raise ArgumentError(self, 'conflicting subparser alias: %s' % clash[0])
        if 'help' in kwargs:
            listing = self._ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(listing)
        made = self._parser_class(**kwargs)
        for key in [name] + list(aliases):
            known[key] = made
        return made

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        if chosen not in self._name_parser_map:
            listed = ', '.join(self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (chosen, listed))
        target = self._name_parser_map[chosen]
        # The subparser fills a namespace of its own, so that its defaults
        # win over the parent's for the same dest; then it is copied over.
        inner, rest = target.parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _fresh_list(getattr(namespace, self.dest, None))
        grown.extend(values)
        setattr(namespace, self.dest, grown)


def _no_file_message(name):
    # What stands for open()'s OSError text where CPython would open a file.
    return "can't open '%s': files are not available in the sandbox" % name


class FileType(object):
    """A type= factory for files. In the sandbox only '-' converts (to
    sys.stdin or sys.stdout, as CPython's); a named file is the argument
    error CPython gives a file it cannot open, saying the sandbox has none."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        if string != '-':
            # CPython turns open()'s OSError into this; here every name fails.
            raise ArgumentTypeError(_no_file_message(string))
        binary = 'b' in self._mode
        if 'r' in self._mode:
            stream = _sys.stdin
        elif set('wax') & set(self._mode):
            stream = _sys.stdout
        else:
            raise ValueError('argument "-" with mode %r' % self._mode)
        return stream.buffer if binary else stream

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        if self._encoding is not None:
            shown.append('encoding=%r' % (self._encoding,))
        if self._errors is not None:
            shown.append('errors=%r' % (self._errors,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))



_ACTION_CLASSES = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
    'parsers': _SubParsersAction, 'extend': _ExtendAction,
}
