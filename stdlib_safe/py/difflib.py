"""Helpers for computing deltas between sequences, as CPython 3.11's difflib.

Written for moat from the documented behaviour of CPython 3.11's difflib
(the Ratcliff/Obershelp-style matcher with its junk and "popular element"
heuristics, the ndiff, unified and context formats) and checked against
python3.11's results. HtmlDiff is not provided.

The matcher's results depend on exact tie-breaking, so the search order
below is deliberate: the longest match found first (lowest i, then lowest
j) wins, is extended over non-junk then junk neighbours, and the pieces
left on each side are searched the same way.
"""

from collections import namedtuple as _namedtuple
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compares pairs of sequences of hashable elements.

    Finds the longest contiguous matching block free of junk, then does the
    same on the pieces to its left and right, recursively.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set the two sequences to be compared."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence to be compared (b's analysis is kept)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence to be compared (and analyse it)."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j maps each element of b to the ascending list of its indices;
        # junk elements, and with autojunk the "popular" ones (more than 1%
        # of a b of 200 or more), are taken out of it.
        b = self.b
        positions = {}
        for index, element in enumerate(b):
            spots = positions.get(element)
            if spots is None:
                positions[element] = [index]
            else:
                spots.append(index)
        self.b2j = positions

        junk = set()
        if self.isjunk is not None:
            isjunk = self.isjunk
            for element in list(positions):
                if isjunk(element):
                    junk.add(element)
            for element in junk:
                del positions[element]
        self.bjunk = junk

        popular = set()
        size = len(b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for element, spots in positions.items():
                if len(spots) > limit:
                    popular.add(element)
            for element in popular:
                del positions[element]
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Find the longest matching block in a[alo:ahi] and b[blo:bhi].

        Returns Match(i, j, k) with a[i:i+k] == b[j:j+k]; of the longest,
        the one starting earliest in a, then earliest in b. k is 0 (and
        (i, j) == (alo, blo)) when nothing matches.
        """
        a, b, positions = self.a, self.b, self.b2j
        is_junk = self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_size = alo, blo, 0
        # run_ending[j] is the length of the junk-free match ending at
        # a[i-1] and b[j].
        run_ending = {}
        none = ()
        for i in range(alo, ahi):
            next_runs = {}
            for j in positions.get(a[i], none):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = run_ending.get(j - 1, 0) + 1
                next_runs[j] = length
                if length > best_size:
                    best_i, best_j, best_size = i - length + 1, j - length + 1, length
            run_ending = next_runs

        # Grow the match over equal neighbours: first those that are not
        # junk (popular elements were left out of b2j), then junk ones.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and is_junk(b[best_j - 1]) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_size += 1
            while (best_i + best_size < ahi and best_j + best_size < bhi
                   and is_junk(b[best_j + best_size]) == want_junk
                   and a[best_i + best_size] == b[best_j + best_size]):
                best_size += 1
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        """Return the list of matching blocks (i, j, n), ascending.

        Adjacent blocks are merged; the last is the dummy (len(a), len(b), 0).
        """
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        pending = [(0, len_a, 0, len_b)]
        found = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = match = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                found.append(match)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        found.sort()

        merged = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
            else:
                if cur_k:
                    merged.append((cur_i, cur_j, cur_k))
                cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            merged.append((cur_i, cur_j, cur_k))
        merged.append((len_a, len_b, 0))
        self.matching_blocks = list(map(Match._make, merged))
        return self.matching_blocks

    def get_opcodes(self):
        """Return the list of 5-tuples (tag, i1, i2, j1, j2) turning a into b.

        Tags: 'replace', 'delete', 'insert', 'equal'.
        """
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        codes = self.opcodes = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                tag = 'replace' if j < bj else 'delete'
            elif j < bj:
                tag = 'insert'
            else:
                tag = None
            if tag is not None:
                codes.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        return codes

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with up to n lines of context each."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)

        context = n + n
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # A long equal stretch ends the group with n lines of context
            # and starts the next with the last n.
            if tag == 'equal' and i2 - i1 > context:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Return a measure of the sequences' similarity in [0, 1]."""
        matches = sum(block[-1] for block in self.get_matching_blocks())
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """Return an upper bound on ratio() relatively quickly."""
        if self.fullbcount is None:
            counts = self.fullbcount = {}
            for element in self.b:
                counts[element] = counts.get(element, 0) + 1
        counts = self.fullbcount
        left = {}
        matches = 0
        for element in self.a:
            if element in left:
                remaining = left[element]
            else:
                remaining = counts.get(element, 0)
            left[element] = remaining - 1
            if remaining > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Return an upper bound on ratio() very quickly."""
        len_a, len_b = len(self.a), len(self.b)
        return _calculate_ratio(min(len_a, len_b), len_a + len_b)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return up to n of the best "good enough" matches of word.

    possibilities scoring under cutoff (in [0, 1]) are left out; the rest
    come best first.
    """
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff
                and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    from heapq import nlargest
    return [candidate for _, candidate in nlargest(n, scored)]


def _keep_original_ws(s, tag_s):
    """Replace the guide's blanks with s's own whitespace (tabs stay tabs)."""
    return ''.join(c if tag == " " and c.isspace() else tag
                   for c, tag in zip(s, tag_s))


class Differ:
    """Compares sequences of lines of text and produces a human-readable delta.

    Each line of the delta starts with a two-letter code: '- ' (only in a),
    '+ ' (only in b), '  ' (in both) or '? ' (a guide to the intraline
    differences of the line above, absent in both inputs).
    """

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Compare two sequences of lines; yield the delta's lines."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from lines

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        assert alo < ahi and blo < bhi
        # The shorter block goes first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio over 0.74, the first
        # found in b-major order wins ties); with none similar enough, an
        # identical pair serves as the synch point, else plain replace.
        best_ratio, cutoff = 0.74, 0.75
        matcher = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        for j in range(blo, bhi):
            b_line = b[j]
            matcher.set_seq2(b_line)
            for i in range(alo, ahi):
                a_line = a[i]
                if a_line == b_line:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                matcher.set_seq1(a_line)
                if (matcher.real_quick_ratio() > best_ratio
                        and matcher.quick_ratio() > best_ratio
                        and matcher.ratio() > best_ratio):
                    best_ratio, best_i, best_j = matcher.ratio(), i, j
        if best_ratio < cutoff:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = same_i, same_j, 1.0
        else:
            same_i = None

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)

        a_line, b_line = a[best_i], b[best_j]
        if same_i is None:
            a_guide = b_guide = ""
            matcher.set_seqs(a_line, b_line)
            for tag, ai1, ai2, bj1, bj2 in matcher.get_opcodes():
                width_a, width_b = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    a_guide += '^' * width_a
                    b_guide += '^' * width_b
                elif tag == 'delete':
                    a_guide += '-' * width_a
                elif tag == 'insert':
                    b_guide += '+' * width_b
                elif tag == 'equal':
                    a_guide += ' ' * width_a
                    b_guide += ' ' * width_b
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(a_line, b_line, a_guide, b_guide)
        else:
            yield '  ' + a_line

        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield f"? {atags}\n"
        yield "+ " + bline
        if btags:
            yield f"? {btags}\n"


def IS_LINE_JUNK(line, pat=None):
    r"""Return True for an ignorable line: blank, or only '#' and whitespace."""
    if pat is None:
        import re
        pat = re.compile(r"\s*(?:#\s*)?$").match
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Return True for an ignorable character: a space or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    first = start + 1
    length = stop - start
    if length == 1:
        return '{}'.format(first)
    if not length:
        first -= 1
    return '{},{}'.format(first, length)


def _format_range_context(start, stop):
    first = start + 1
    length = stop - start
    if not length:
        first -= 1
    if length <= 1:
        return '{}'.format(first)
    return '{},{}'.format(first, first + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_headers(first_mark, second_mark, fromfile, tofile, fromfiledate,
                  tofiledate, lineterm):
    from_date = '\t{}'.format(fromfiledate) if fromfiledate else ''
    to_date = '\t{}'.format(tofiledate) if tofiledate else ''
    return ('{} {}{}{}'.format(first_mark, fromfile, from_date, lineterm),
            '{} {}{}{}'.format(second_mark, tofile, to_date, lineterm))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the unified diff of two lists of lines, n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield from _file_headers('---', '+++', fromfile, tofile,
                                     fromfiledate, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '@@ -{} +{} @@{}'.format(_format_range_unified(first[1], last[2]),
                                       _format_range_unified(first[3], last[4]),
                                       lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in ('replace', 'delete'):
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in ('replace', 'insert'):
                for line in b[j1:j2]:
                    yield '+' + line


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the context diff of two lists of lines, n lines of context."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    marks = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield from _file_headers('***', '---', fromfile, tofile,
                                     fromfiledate, tofiledate, lineterm)
        first, last = group[0], group[-1]
        yield '***************' + lineterm

        yield '*** {} ****{}'.format(_format_range_context(first[1], last[2]), lineterm)
        if any(code[0] in ('replace', 'delete') for code in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield marks[tag] + line

        yield '--- {} ----{}'.format(_format_range_context(first[3], last[4]), lineterm)
        if any(code[0] in ('replace', 'insert') for code in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield marks[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'',
               fromfiledate=b'', tofiledate=b'', n=3, lineterm=b'\n'):
    """Run dfunc (unified_diff or context_diff) over bytes, giving bytes."""
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            msg = ('all arguments must be bytes, not %s (%r)' %
                   (type(s).__name__, s))
            raise TypeError(msg) from err
    a = list(map(decode, a))
    b = list(map(decode, b))
    fromfile = decode(fromfile)
    tofile = decode(tofile)
    fromfiledate = decode(fromfiledate)
    tofiledate = decode(tofiledate)
    lineterm = decode(lineterm)
    for line in dfunc(a, b, fromfile, tofile, fromfiledate, tofiledate, n, lineterm):
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Compare a and b (lists of strings); return a Differ-style delta."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Yield one of the two sequences (which is 1 or 2) a delta came from."""
    try:
        keep = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] in ("  ", keep):
            yield line[2:]
