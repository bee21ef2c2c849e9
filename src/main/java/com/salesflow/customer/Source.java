package com.salesflow.customer;

/** Where a customer or lead came from: the 12 methods of the seed material plus web form, import and API. */
public enum Source {
    DOOR_TO_DOOR, EVENT, VENUE, PERSONAL_NETWORK, DIRECTORY, REFERRAL, KEY_PERSON, PHONE, LETTER, SMS, INTERNET,
    COMPETITOR, WEB_FORM, IMPORT, API
}
