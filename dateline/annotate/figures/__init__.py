"""Reported figures: numbers that count people or things, with bounds, category, claimant, date."""

from .extract import find_figures

__all__ = ["find_figures"]
