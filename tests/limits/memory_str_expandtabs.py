# expandtabs with a huge tab size.
# limit: memory
x = '\t\t'.expandtabs(10**9)
