# A library-lending system: properties, class methods, __slots__, sorting, dunders.
from datetime import date, timedelta
from functools import total_ordering

@total_ordering
class Book:
    __slots__ = ("isbn", "title", "author", "year", "_copies")

    def __init__(self, isbn, title, author, year, copies=1):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
        self._copies = copies

    @property
    def copies(self):
        return self._copies

    @copies.setter
    def copies(self, n):
        if n < 0:
            raise ValueError("copies cannot be negative")
        self._copies = n

    def __eq__(self, other):
        if not isinstance(other, Book):
            return NotImplemented
        return (self.author, self.year) == (other.author, other.year)

    def __lt__(self, other):
        return (self.author, self.year) < (other.author, other.year)

    def __hash__(self):
        return hash(self.isbn)

    def __repr__(self):
        return f"<{self.title} ({self.year})>"

class Member:
    count = 0

    def __init__(self, name):
        self.name = name
        self.loans = {}
        Member.count += 1

    @classmethod
    def from_csv(cls, line):
        return [cls(n.strip()) for n in line.split(",")]

    @staticmethod
    def fine(days_late):
        return max(0, days_late) * 0.25

class Library:
    LOAN_DAYS = 14

    def __init__(self):
        self.books = {}

    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b

    def lend(self, member, isbn, today):
        book = self.books[isbn]
        if book.copies == 0:
            raise LookupError(f"no copies of {book.title!r} left")
        book.copies -= 1
        member.loans[isbn] = today + timedelta(days=self.LOAN_DAYS)

    def give_back(self, member, isbn, today):
        due = member.loans.pop(isbn)
        self.books[isbn].copies += 1
        return Member.fine((today - due).days)

    def __len__(self):
        return len(self.books)

    def __contains__(self, title):
        return any(b.title == title for b in self.books.values())

    def __iter__(self):
        return iter(sorted(self.books.values()))

lib = Library()
lib.add(Book("1", "Dune", "Herbert", 1965, 2), Book("2", "Emma", "Austen", 1815),
        Book("3", "Persuasion", "Austen", 1817), Book("4", "Ubik", "Dick", 1969, 0))
ann, bob = Member.from_csv("ann, bob")
start = date(2024, 2, 20)
lib.lend(ann, "1", start)
lib.lend(bob, "1", start + timedelta(days=1))
for isbn in ("1", "4"):
    try:
        lib.lend(ann, isbn, start)
    except LookupError as e:
        print("LookupError", e)
print({k: v.isoformat() for k, v in ann.loans.items()}, bob.loans)
print("fine", lib.give_back(bob, "1", date(2024, 3, 20)), lib.give_back(ann, "1", date(2024, 3, 1)))
print(list(lib), len(lib), "Emma" in lib, "Ulysses" in lib, Member.count)
b = lib.books["2"]
try:
    b.copies = -1
except ValueError as e:
    print("ValueError", e)
try:
    b.publisher = "x"
except AttributeError as e:
    print("AttributeError", e)
print(lib.books["2"] < lib.books["3"], lib.books["2"] >= lib.books["3"], sorted(lib, reverse=True)[0])
print(len({lib.books["2"], lib.books["2"], lib.books["3"]}))
