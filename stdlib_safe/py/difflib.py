"""Sequence comparison and text deltas, behaving as CPython 3.11's difflib.

moat's own implementation; its results (matching blocks, opcodes, ratios
and the text of every delta format) are those of python3.11.
"""

import re as _re
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

Match = _namedtuple('Match', ['a', 'b', 'size'])


def _similarity(common, total):
    # Two empty sequences count as identical.
    return 2.0 * common / total if total else 1.0


class SequenceMatcher:
    """Matches two sequences of hashable items block by block.

    The longest junk-free common run is found first; the same search is
    then repeated on what lies before it and after it.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        # Starting from None, set_seqs below stores (and indexes) a and b.
        self.a = None
        self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Replace both sequences."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Replace the first sequence; the index built for b is reused."""
        if a is not self.a:
            self.a = a
            self._drop_results()

    def set_seq2(self, b):
        """Replace the second sequence and re-index it."""
        if b is not self.b:
            self.b = b
            self._drop_results()
            self.fullbcount = None
            self._index_second()

    def _drop_results(self):
        self.matching_blocks = None
        self.opcodes = None

    def _index_second(self):
        # b2j: item -> ascending positions in b.  Items the isjunk callback
        # rejects go to bjunk; with autojunk, items filling over 1% of a b
        # of at least 200 go to bpopular.  Neither kind can seed a match.
        seq = self.b
        self.b2j = where = {}
        for pos, item in enumerate(seq):
            if item in where:
                where[item].append(pos)
            else:
                where[item] = [pos]

        self.bjunk = set()
        if self.isjunk:
            self.bjunk.update(item for item in where if self.isjunk(item))
            for item in self.bjunk:
                del where[item]

        self.bpopular = set()
        size = len(seq)
        if self.autojunk and size >= 200:
            most = size // 100 + 1
            self.bpopular.update(item for item, spots in where.items()
                                 if len(spots) > most)
            for item in self.bpopular:
                del where[item]

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Longest common block of a[alo:ahi] and b[blo:bhi] as a Match.

        Ties go to the block starting first in a, then first in b; with
        nothing in common the result is Match(alo, blo, 0).
        """
        a, b = self.a, self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        start_a, start_b, width = alo, blo, 0
        index = self.b2j
        # ending_at[j]: length of the seeded run that ends at the previous
        # row's a item and b[j].
        ending_at = {}
        for i in range(alo, ahi):
            row = {}
            for j in index.get(a[i], ()):
                if j >= bhi:
                    break
                if j >= blo:
                    run = row[j] = ending_at.get(j - 1, 0) + 1
                    if run > width:
                        width = run
                        start_a = i + 1 - run
                        start_b = j + 1 - run
            ending_at = row

        # The seeds skipped popular items, so grow over equal non-junk
        # neighbours first; junk neighbours are only glued on afterwards.
        junk = self.bjunk
        for glue_junk in (False, True):
            while (start_a > alo and start_b > blo
                   and (b[start_b - 1] in junk) == glue_junk
                   and a[start_a - 1] == b[start_b - 1]):
                start_a -= 1
                start_b -= 1
                width += 1
            while (start_a + width < ahi and start_b + width < bhi
                   and (b[start_b + width] in junk) == glue_junk
                   and a[start_a + width] == b[start_b + width]):
                width += 1
        return Match(start_a, start_b, width)

    def get_matching_blocks(self):
        """Ascending list of Match triples for the common blocks.

        Touching blocks are merged, and (len(a), len(b), 0) ends the list.
        """
        if self.matching_blocks is None:
            self.matching_blocks = self._collect_blocks()
        return self.matching_blocks

    def _collect_blocks(self):
        size_a, size_b = len(self.a), len(self.b)
        # An explicit stack of regions keeps long inputs off the call stack.
        regions = [(0, size_a, 0, size_b)]
        blocks = []
        while regions:
            alo, ahi, blo, bhi = regions.pop()
            found = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = found
            if not k:
                continue
            blocks.append(found)
            if i > alo and j > blo:
                regions.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                regions.append((i + k, ahi, j + k, bhi))
        blocks.sort()

        joined = []
        for i, j, k in blocks:
            if joined:
                last_i, last_j, last_k = joined[-1]
                if last_i + last_k == i and last_j + last_k == j:
                    joined[-1] = (last_i, last_j, last_k + k)
                    continue
            joined.append((i, j, k))
        joined.append((size_a, size_b, 0))
        return [Match._make(block) for block in joined]

    def get_opcodes(self):
        """List of (tag, i1, i2, j1, j2) steps that turn a into b.

        tag is 'equal', 'replace', 'delete' or 'insert'.
        """
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        self.opcodes = steps
        done_a = done_b = 0
        for i, j, k in self.get_matching_blocks():
            if done_a < i or done_b < j:
                if done_a == i:
                    kind = 'insert'
                elif done_b == j:
                    kind = 'delete'
                else:
                    kind = 'replace'
                steps.append((kind, done_a, i, done_b, j))
            done_a, done_b = i + k, j + k
            if k:
                steps.append(('equal', i, done_a, j, done_b))
        return steps

    def get_grouped_opcodes(self, n=3):
        """Generate hunks: runs of opcodes with at most n items of context."""
        steps = self.get_opcodes()
        if not steps:
            steps = [('equal', 0, 1, 0, 1)]
        # The cached opcode list itself is trimmed, as python3.11 does.
        kind, i1, i2, j1, j2 = steps[0]
        if kind == 'equal':
            steps[0] = kind, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        kind, i1, i2, j1, j2 = steps[-1]
        if kind == 'equal':
            steps[-1] = kind, i1, min(i2, i1 + n), j1, min(j2, j1 + n)

        hunk = []
        for kind, i1, i2, j1, j2 in steps:
            if kind != 'equal' or i2 - i1 <= 2 * n:
                hunk.append((kind, i1, i2, j1, j2))
                continue
            # Too long to keep whole: its head closes this hunk and its
            # tail opens the next.
            hunk.append((kind, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
            yield hunk
            hunk = [(kind, max(i1, i2 - n), i2, max(j1, j2 - n), j2)]
        if hunk and (len(hunk) > 1 or hunk[0][0] != 'equal'):
            yield hunk

    def ratio(self):
        """Similarity in [0, 1]: twice the matched items over both lengths."""
        common = 0
        for block in self.get_matching_blocks():
            common += block[-1]
        return _similarity(common, len(self.a) + len(self.b))

    def quick_ratio(self):
        """A cheaper upper bound on ratio(), ignoring item order."""
        if self.fullbcount is None:
            tally = {}
            for item in self.b:
                tally[item] = tally.get(item, 0) + 1
            self.fullbcount = tally
        unused = dict(self.fullbcount)
        common = 0
        for item in self.a:
            if unused.get(item, 0) > 0:
                unused[item] -= 1
                common += 1
        return _similarity(common, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """The cheapest upper bound on ratio(), from the lengths alone."""
        size_a, size_b = len(self.a), len(self.b)
        return _similarity(min(size_a, size_b), size_a + size_b)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The (at most n) possibilities most like word, best first.

    Candidates whose ratio to word is below cutoff are dropped.
    """
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        # Cheap bounds first; ratio() only for those that may pass.
        if matcher.real_quick_ratio() < cutoff:
            continue
        if matcher.quick_ratio() < cutoff:
            continue
        if matcher.ratio() < cutoff:
            continue
        scored.append((matcher.ratio(), candidate))
    return [candidate for score, candidate in _nlargest(n, scored)]


def _blend_guide(line, guide):
    # A blank in the guide under a tab (or other whitespace) becomes that
    # same character, so the marks stay aligned when printed.
    return ''.join(ch if mark == ' ' and ch.isspace() else mark
                   for ch, mark in zip(line, guide))


# Guide character for each opcode; a delete spans nothing in b and an
# insert nothing in a, so one table serves both lines.
_GUIDE_MARK = {'equal': ' ', 'replace': '^', 'delete': '-', 'insert': '+'}


class Differ:
    """Line-by-line delta between two lists of text lines.

    Output lines start with '- ' (only in the first), '+ ' (only in the
    second), '  ' (in both) or '? ' (marks showing where the line above
    changed; in neither input).
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Generate the delta lines turning a into b."""
        steps = SequenceMatcher(self.linejunk, a, b).get_opcodes()
        for kind, alo, ahi, blo, bhi in steps:
            if kind == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            elif kind == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif kind == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif kind == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                raise ValueError('unknown tag %r' % (kind,))

    def _dump(self, tag, x, lo, hi):
        prefix = tag + ' '
        for pos in range(lo, hi):
            yield prefix + str(x[pos])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        removed = self._dump('-', a, alo, ahi)
        added = self._dump('+', b, blo, bhi)
        # Whichever side is shorter is listed first.
        if bhi - blo < ahi - alo:
            removed, added = added, removed
        yield from removed
        yield from added

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        matcher = SequenceMatcher(self.charjunk)
        pair = self._anchor_pair(matcher, a, alo, ahi, b, blo, bhi)
        if pair is None:
            yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
            return
        i, j, alike = pair
        yield from self._fancy_helper(a, alo, i, b, blo, j)
        if alike:
            yield from self._mark_pair(matcher, a[i], b[j])
        else:
            yield '  ' + a[i]
        yield from self._fancy_helper(a, i + 1, ahi, b, j + 1, bhi)

    def _anchor_pair(self, matcher, a, alo, ahi, b, blo, bhi):
        # The pair to line the two blocks up on: the most similar unequal
        # lines (ratio 0.75 or more; scanning b-major, the first of equal
        # scores wins), else the first identical pair, else None.
        bar = 0.74
        closest = twin = None
        for j in range(blo, bhi):
            line_b = b[j]
            matcher.set_seq2(line_b)
            for i in range(alo, ahi):
                line_a = a[i]
                if line_a == line_b:
                    if twin is None:
                        twin = (i, j, False)
                    continue
                matcher.set_seq1(line_a)
                if (matcher.real_quick_ratio() > bar
                        and matcher.quick_ratio() > bar
                        and matcher.ratio() > bar):
                    bar = matcher.ratio()
                    closest = (i, j, True)
        if closest is not None and bar >= 0.75:
            return closest
        return twin

    def _mark_pair(self, matcher, line_a, line_b):
        matcher.set_seqs(line_a, line_b)
        guide_a = []
        guide_b = []
        for kind, i1, i2, j1, j2 in matcher.get_opcodes():
            mark = _GUIDE_MARK.get(kind)
            if mark is None:
                raise ValueError('unknown tag %r' % (kind,))
            guide_a.append(mark * (i2 - i1))
            guide_b.append(mark * (j2 - j1))
        yield from self._qformat(line_a, line_b, ''.join(guide_a),
                                 ''.join(guide_b))

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        guides = (_blend_guide(aline, atags).rstrip(),
                  _blend_guide(bline, btags).rstrip())
        for sign, line, guide in zip('-+', (aline, bline), guides):
            yield sign + ' ' + line
            if guide:
                yield '? ' + guide + '\n'


def IS_LINE_JUNK(line, pat=_re.compile(r"\s*(?:#\s*)?$").match):
    """True when line is blank, or holds nothing but one '#' and blanks."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a blank or a tab (never for a newline)."""
    return ch in ws


def _unified_span(start, stop):
    # 'first,count', 1-based; a lone line is just 'first', and an empty
    # span names the line before it.
    count = stop - start
    if count == 1:
        return f'{start + 1}'
    return f'{start + 1 if count else start},{count}'


def _context_span(start, stop):
    # 'first,last', 1-based; one line, or none, is a single number.
    count = stop - start
    first = start + 1 if count else start
    if count > 1:
        return f'{first},{first + count - 1}'
    return f'{first}'


def _require_str(a, b, *names):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(seq[0]).__name__, seq[0]))
    for value in names:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def _header(mark, name, date, lineterm):
    return mark + ' ' + name + ('\t' + date if date else '') + lineterm


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Generate a unified-format diff of two lists of lines."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    hunks = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for count, hunk in enumerate(hunks):
        if not count:
            yield _header('---', fromfile, fromfiledate, lineterm)
            yield _header('+++', tofile, tofiledate, lineterm)
        yield '@@ -%s +%s @@%s' % (_unified_span(hunk[0][1], hunk[-1][2]),
                                   _unified_span(hunk[0][3], hunk[-1][4]),
                                   lineterm)
        for kind, i1, i2, j1, j2 in hunk:
            if kind == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if kind != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if kind != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_SIGN = {'equal': '  ', 'replace': '! ', 'delete': '- ',
                 'insert': '+ '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Generate a context-format diff of two lists of lines."""
    _require_str(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    hunks = SequenceMatcher(None, a, b).get_grouped_opcodes(n)
    for count, hunk in enumerate(hunks):
        if not count:
            yield _header('***', fromfile, fromfiledate, lineterm)
            yield _header('---', tofile, tofiledate, lineterm)
        kinds = [step[0] for step in hunk]
        yield '*' * 15 + lineterm
        # Each side lists its lines only when it has changes of its own.
        yield '*** %s ****%s' % (_context_span(hunk[0][1], hunk[-1][2]),
                                 lineterm)
        if 'replace' in kinds or 'delete' in kinds:
            for kind, i1, i2, _, _ in hunk:
                if kind != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_SIGN[kind] + line
        yield '--- %s ----%s' % (_context_span(hunk[0][3], hunk[-1][4]),
                                 lineterm)
        if 'replace' in kinds or 'insert' in kinds:
            for kind, _, _, j1, j2 in hunk:
                if kind != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_SIGN[kind] + line


def _bytes_to_text(value):
    # surrogateescape lets any byte through and back out unchanged.
    try:
        return value.decode('ascii', 'surrogateescape')
    except AttributeError as exc:
        raise TypeError('all arguments must be bytes, not %s (%r)'
                        % (type(value).__name__, value)) from exc


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Run dfunc (unified_diff or context_diff) on bytes; yield bytes."""
    lines_a = [_bytes_to_text(line) for line in a]
    lines_b = [_bytes_to_text(line) for line in b]
    names = [_bytes_to_text(value) for value in
             (fromfile, tofile, fromfiledate, tofiledate, lineterm)]
    for line in dfunc(lines_a, lines_b, names[0], names[1], names[2],
                      names[3], n, names[4]):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ-style delta of two lists of lines (a generator)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Generate the first (which=1) or second (which=2) input of a delta."""
    # The ValueError is raised inside the KeyError handler, so that its
    # __context__ is the KeyError, as in python3.11.
    try:
        shown = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    keep = ('  ', shown)
    for line in delta:
        if line[:2] in keep:
            yield line[2:]
