"""Multi-step flows as plain data (first run, intake): the screens only draw them. No Qt."""
