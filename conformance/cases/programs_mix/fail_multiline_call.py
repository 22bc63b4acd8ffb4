from dataclasses import dataclass


@dataclass
class Cell:
    row: int
    col: int
    value: float


def build(grid):
    return [
        Cell(r, c, float(v))
        for r, line in enumerate(grid)
        for c, v in enumerate(line.split(","))
    ]


def summarize(cells):
    by_row = {}
    for cell in cells:
        by_row.setdefault(cell.row, []).append(cell.value)
    return {
        row: round(sum(vals) / len(vals), 2)
        for row, vals in sorted(by_row.items())
    }


print(summarize(build(["1,2,3", "4.5,5,6"])))
print(
    summarize(
        build(
            ["1,2", "3,,4"]
        )
    )
)
