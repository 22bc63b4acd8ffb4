from datetime import date, timedelta
from collections import defaultdict


class LibraryError(Exception):
    """Base class for library errors."""


class NotAvailable(LibraryError):
    def __init__(self, title, due):
        super().__init__(f"{title!r} is on loan until {due:%Y-%m-%d}")
        self.due = due


class LimitReached(LibraryError):
    pass


class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year

    def __repr__(self):
        return f"Book({self.title!r}, {self.author}, {self.year})"

    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn

    def __hash__(self):
        return hash(self.isbn)


class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.loans = []

    def __str__(self):
        return f"{self.name} ({len(self.loans)}/{self.LIMIT} loans)"


class Student(Member):
    LIMIT = 1


class Library:
    LOAN_DAYS = 14

    def __init__(self, today):
        self.today = today
        self.catalog = {}
        self.loans = {}
        self.log = defaultdict(list)

    def add(self, *books):
        for b in books:
            self.catalog[b.isbn] = b

    def lend(self, isbn, member):
        book = self.catalog[isbn]
        if isbn in self.loans:
            raise NotAvailable(book.title, self.loans[isbn][1])
        if len(member.loans) >= member.LIMIT:
            raise LimitReached(f"{member.name} already has {len(member.loans)} book(s)")
        due = self.today + timedelta(days=self.LOAN_DAYS)
        self.loans[isbn] = (member, due)
        member.loans.append(book)
        self.log[member.name].append(("out", book.title))
        return due

    def give_back(self, isbn):
        member, due = self.loans.pop(isbn)
        book = self.catalog[isbn]
        member.loans.remove(book)
        late = max((self.today - due).days, 0)
        self.log[member.name].append(("in", book.title))
        return late * 0.25

    def search(self, **criteria):
        return [b for b in self.catalog.values()
                if all(str(v).lower() in str(getattr(b, k)).lower() for k, v in criteria.items())]


lib = Library(date(2024, 5, 1))
lib.add(Book("111", "Dune", "Herbert", 1965), Book("222", "Emma", "Austen", 1815),
        Book("333", "Persuasion", "Austen", 1817), Book("444", "Ulysses", "Joyce", 1922))
ann, ben = Member("Ann"), Student("Ben")
print(lib.lend("111", ann), lib.lend("222", ann))
for isbn, who in [("333", ann), ("111", ben), ("444", ben), ("333", ben)]:
    try:
        print("due", lib.lend(isbn, who))
    except LibraryError as e:
        print(f"{type(e).__name__}: {e}")
print(ann, "|", ben)
lib.today += timedelta(days=20)
print("fine", lib.give_back("111"), lib.give_back("444"))
print(lib.search(author="austen"), lib.search(year=19, title="u"))
print(dict(lib.log))
try:
    lib.give_back("999")
except KeyError as e:
    print("KeyError", e)
print(sorted(lib.catalog.values(), key=lambda b: (b.author, -b.year)))
print(len({Book("1", "a", "b", 1), Book("1", "c", "d", 2)}), issubclass(NotAvailable, LibraryError), LibraryError.__doc__)
