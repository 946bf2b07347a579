def f(a, b):
    return (a and b) or not a if a < b <= 3 else min(a, abs(b))
