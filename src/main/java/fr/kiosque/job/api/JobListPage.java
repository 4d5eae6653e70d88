package fr.kiosque.job.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;

/** The collection envelope of the public job list, with the facet counts beside the page. */
@Schema(name = "JobListPage")
public record JobListPage(@Schema(maxItems = PageRequest.MAX_SIZE) List<JobSummary> items, Page.PageInfo page, JobFacets facets) {
}
