import itertools
list(itertools.product(repeat=-1))
