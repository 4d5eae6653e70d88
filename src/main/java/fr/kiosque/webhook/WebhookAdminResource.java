package fr.kiosque.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.StaffResponses;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.security.Roles;
import fr.kiosque.webhook.api.DeliveryView;
import fr.kiosque.webhook.api.WebhookExamples;
import fr.kiosque.webhook.api.WebhookRequest;
import fr.kiosque.webhook.api.WebhookResponse;

/** Webhook endpoints and their delivery log, for admins (docs/webhooks.md). */
@Path(WebhookAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : webhooks")
@RolesAllowed(Roles.ADMIN)
class WebhookAdminResource {

    static final String PATH = "/api/v1/admin/webhooks";

    @Inject WebhookService service;

    @GET
    @Operation(operationId = "listWebhooks", summary = "Lister les endpoints de webhook")
    @APIResponse(responseCode = "200", description = "Une page d'endpoints")
    public RestResponse<Page<WebhookResponse>> list(@BeanParam PageParams paging) {
        return paging.ok(service.list(paging.request()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "Lire un endpoint de webhook", description = "L'ETag de la réponse sert d'If-Match aux modifications.")
    @APIResponse(responseCode = "200", description = "L'endpoint (sans son secret)")
    public RestResponse<WebhookResponse> get(@Parameter(example = "3") @PathParam("id") long id) {
        WebhookResponse endpoint = service.get(id);
        return StaffResponses.ok(endpoint.version(), endpoint);
    }

    @POST
    @Operation(operationId = "createWebhook", summary = "Enregistrer un endpoint de webhook",
            description = "URL http(s) publique (les adresses privées, locales et link-local sont refusées), événements souscrits et secret de signature.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Site Next.js", value = WebhookExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Enregistré ; Location et ETag renseignés",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookResponse.class)))
    @APIResponse(responseCode = "400", description = "Champs invalides : URL refusée, événement inconnu, secret absent ou trop court")
    public RestResponse<WebhookResponse> create(@Valid @NotNull WebhookRequest request) {
        WebhookResponse created = service.create(request);
        return StaffResponses.created(PATH, created.id(), created.version(), created);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceWebhook", summary = "Remplacer un endpoint de webhook",
            description = "Demande If-Match. Sans secret, l'ancien est gardé. active=false annule les livraisons en attente.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Site Next.js", value = WebhookExamples.REQUEST)))
    @APIResponse(responseCode = "200", description = "L'endpoint modifié, avec son nouvel ETag")
    public RestResponse<WebhookResponse> replace(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WebhookRequest request) {
        WebhookResponse endpoint = service.replace(id, ifMatch, request);
        return StaffResponses.ok(endpoint.version(), endpoint);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Supprimer un endpoint de webhook", description = "Ses livraisons et leur journal disparaissent avec lui. Demande If-Match.")
    public void delete(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Journal des livraisons d'un endpoint",
            description = "Les plus récentes d'abord, chacune avec ses derniers essais (statut HTTP, durée, erreur).")
    @APIResponse(responseCode = "200", description = "Une page de livraisons")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (page, size, status)")
    public RestResponse<Page<DeliveryView>> deliveries(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = "PENDING, DELIVERED, FAILED ou CANCELLED", example = "FAILED") @QueryParam("status") String status,
            @BeanParam PageParams paging) {
        return paging.ok(service.deliveries(id, status, paging.request()));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD }) // no body: whatever Content-Type, or none
    @Operation(operationId = "replayWebhookDelivery", summary = "Rejouer une livraison",
            description = "La livraison repart (PENDING, envoyée au prochain passage, essais comptés de zéro) avec le même id d'événement.")
    @APIResponse(responseCode = "202", description = "Rejeu accepté",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "Endpoint ou livraison inconnus")
    @APIResponse(responseCode = "422", description = "Endpoint désactivé")
    public RestResponse<DeliveryView> replay(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(example = "481") @PathParam("deliveryId") long deliveryId) {
        return RestResponse.status(RestResponse.Status.ACCEPTED, service.replay(id, deliveryId));
    }
}
