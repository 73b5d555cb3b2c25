"""Projects ready for activation over the API (public, as the showcase page)."""

from flask import request

from app.api.blueprint import bp
from app.network import portfolios


@bp.get("/portfolio/projects")
def portfolio_projects():
    """Projects ready for activation, filtered as the showcase: country, theme, sdg, band."""
    projects = portfolios.showcase(portfolios.showcase_filters(request.args))
    return {"projects": [portfolios.showcase_row(project) for project in projects]}
