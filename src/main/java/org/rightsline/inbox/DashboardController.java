package org.rightsline.inbox;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The dashboard: traffic by day and channel, outcomes, the most used entries, the FAQ's
 * gaps.
 */
@Controller
class DashboardController {

	/** The chart's drawing height, in SVG units. */
	static final int CHART_HEIGHT = 160;

	private final Dashboard dashboard;

	private final InboxQueries queries;

	DashboardController(Dashboard dashboard, InboxQueries queries) {
		this.dashboard = dashboard;
		this.queries = queries;
	}

	@GetMapping("/inbox/dashboard")
	String showDashboard(Model model) {
		List<Dashboard.Day> days = this.dashboard.days();
		int max = Math.max(1, days.stream().mapToInt(Dashboard.Day::total).max().orElse(1));
		model.addAttribute("days", days);
		model.addAttribute("scale", (double) CHART_HEIGHT / max);
		model.addAttribute("chartHeight", CHART_HEIGHT);
		model.addAttribute("maxPerDay", max);
		model.addAttribute("byChannel", this.dashboard.byChannel());
		model.addAttribute("outcomes", this.dashboard.outcomes());
		model.addAttribute("topEntries", this.dashboard.topEntries());
		model.addAttribute("gaps", this.dashboard.gaps());
		model.addAttribute("counts", this.queries.counts());
		return "inbox/dashboard";
	}

}
